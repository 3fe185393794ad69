import { webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { describeCertificateDer, type CertificateFacts } from '../keys/certificate';

const SIGNING_TIME_OID = '1.2.840.113549.1.9.5';
const SIGNED_DATA_OID = '1.2.840.113549.1.7.2';

let engineReady = false;
function ensureEngine(): void {
  if (engineReady) return;
  pkijs.setEngine('node-webcrypto', new pkijs.CryptoEngine({ name: 'node-webcrypto', crypto: webcrypto as unknown as Crypto }));
  engineReady = true;
}

export interface CmsCheck {
  /** The signature over the signed attributes verifies and their message digest equals the digest of the data. */
  valid: boolean;
  certificate: CertificateFacts | null;
  signingTime: string | null;
  problem: string | null;
}

const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer;

/**
 * Checks a detached CMS (PKCS#7) signature against the bytes it claims to sign. Chain trust is
 * not judged here: a self-signed per-install certificate is expected, and the caller says
 * whether the certificate is one this install knows.
 */
export async function checkDetachedCms(der: Uint8Array, data: Uint8Array): Promise<CmsCheck> {
  ensureEngine();
  const parsed = asn1js.fromBER(toArrayBuffer(der));
  if (parsed.offset === -1) return { valid: false, certificate: null, signingTime: null, problem: 'The seal’s signature data is damaged and cannot be read' };
  let signed: pkijs.SignedData;
  try {
    const info = new pkijs.ContentInfo({ schema: parsed.result });
    if (info.contentType !== SIGNED_DATA_OID) return { valid: false, certificate: null, signingTime: null, problem: 'The seal is not a CMS signed-data signature' };
    signed = new pkijs.SignedData({ schema: info.content });
  } catch {
    return { valid: false, certificate: null, signingTime: null, problem: 'The seal’s signature data is damaged and cannot be read' };
  }
  const signer = signed.signerInfos[0];
  if (!signer) return { valid: false, certificate: null, signingTime: null, problem: 'The seal names no signer' };

  const signingTime = readSigningTime(signer);
  let certificate = findSignerCertificate(signed, signer);
  try {
    const result = await signed.verify({ signer: 0, data: toArrayBuffer(data), checkChain: false, extendedMode: true });
    if (result.signerCertificate) certificate = result.signerCertificate;
    const facts = certificate ? describeCertificateDer(new Uint8Array(certificate.toSchema().toBER(false))) : null;
    if (!result.signatureVerified) return { valid: false, certificate: facts, signingTime, problem: 'The seal’s signature does not match the document' };
    // The certificate sits in the unsigned part of the seal: a changed byte there leaves the
    // document's signature valid but gives a "new" certificate, which must read as damage, not as a stranger.
    if (certificate && !(await certificateIsWhole(certificate, signed))) return { valid: false, certificate: facts, signingTime, problem: 'The certificate inside the seal is damaged: its own signature does not match its contents' };
    return { valid: true, certificate: facts, signingTime, problem: null };
  } catch (error) {
    const facts = certificate ? describeCertificateDer(new Uint8Array(certificate.toSchema().toBER(false))) : null;
    const message = (error as { message?: string }).message ?? '';
    const digest = /digest/i.test(message);
    return {
      valid: false,
      certificate: facts,
      signingTime,
      problem: digest ? 'The document was changed after it was sealed (digest mismatch)' : 'The seal’s signature does not match the document',
    };
  }
}

/**
 * Whether a certificate still matches its issuer's signature: its own public key when it is
 * self-issued (this app's per-install certificates), or the issuer's certificate when the seal
 * carries it. A certificate whose issuer is not in the seal cannot be checked here; whether it is
 * known is then the only question, and the caller asks it.
 */
async function certificateIsWhole(certificate: pkijs.Certificate, signed: pkijs.SignedData): Promise<boolean> {
  const selfIssued = certificate.issuer.isEqual(certificate.subject);
  const issuer = selfIssued ? undefined : (signed.certificates ?? []).find((c): c is pkijs.Certificate => c instanceof pkijs.Certificate && c !== certificate && c.subject.isEqual(certificate.issuer));
  if (!selfIssued && !issuer) return true;
  try {
    return await certificate.verify(issuer);
  } catch {
    return false;
  }
}

function findSignerCertificate(signed: pkijs.SignedData, signer: pkijs.SignerInfo): pkijs.Certificate | null {
  const certs = (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  if (signer.sid instanceof pkijs.IssuerAndSerialNumber) {
    const sid = signer.sid;
    const match = certs.find((c) => c.serialNumber.isEqual(sid.serialNumber) && c.issuer.isEqual(sid.issuer));
    if (match) return match;
  }
  return certs[0] ?? null;
}

function readSigningTime(signer: pkijs.SignerInfo): string | null {
  const attribute = signer.signedAttrs?.attributes.find((a) => a.type === SIGNING_TIME_OID);
  const value = attribute?.values[0];
  if (value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime) return value.toDate().toISOString();
  return null;
}
