import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { AppFailure } from '../../../../shared/ipc/result';

export interface CertificateFacts {
  subject: string;
  fingerprint: string;
  /** ISO time the certificate expires. */
  validUntil: string;
  validFrom: string;
}

export interface GeneratedCertificate extends CertificateFacts {
  p12: Uint8Array;
  passphrase: string;
}

const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '1.2.840.113549.1.9.1': 'E',
};

/** "CN=…, O=…" from a parsed certificate, in the order the certificate lists them. */
export function subjectOf(cert: pkijs.Certificate): string {
  const parts = cert.subject.typesAndValues.map((tv) => {
    const value = (tv.value.valueBlock as { value?: unknown }).value;
    return `${SHORT_NAMES[tv.type] ?? tv.type}=${typeof value === 'string' ? value : String(value)}`;
  });
  return parts.join(', ') || '(no subject)';
}

export function fingerprintOfDer(der: Uint8Array): string {
  return createHash('sha256').update(der).digest('hex');
}

/** Subject, SHA-256 fingerprint and validity of a DER certificate. */
export function describeCertificateDer(der: Uint8Array): CertificateFacts {
  const parsed = asn1js.fromBER(new Uint8Array(der).buffer);
  if (parsed.offset === -1) throw new AppFailure('INVALID_FILE', 'The certificate could not be read');
  const cert = new pkijs.Certificate({ schema: parsed.result });
  return {
    subject: subjectOf(cert),
    fingerprint: fingerprintOfDer(der),
    validFrom: cert.notBefore.value.toISOString(),
    validUntil: cert.notAfter.value.toISOString(),
  };
}

function forgeCertificateDer(cert: forge.pki.Certificate): Uint8Array {
  return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
}

/**
 * A self-signed sealing certificate for this install, valid ten years. The RSA key comes from
 * Node's native generator (fast); node-forge builds the X.509 certificate and the PKCS#12 bag
 * that @signpdf's P12Signer reads. The passphrase is random: it only protects the file at rest,
 * and the key vault encrypts the whole thing again.
 */
export function generateSealingCertificate(input: { commonName: string; organisation: string; now?: Date }): GeneratedCertificate {
  const now = input.now ?? new Date();
  const { privateKey: pem } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const privateKey = forge.pki.privateKeyFromPem(pem) as forge.pki.rsa.PrivateKey;
  const publicKey = forge.pki.setRsaPublicKey(privateKey.n, privateKey.e);

  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  // A positive serial: a leading 0x01 keeps the top bit clear.
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(now.getTime() - 60 * 60 * 1000);
  cert.validity.notAfter = new Date(now.getTime());
  cert.validity.notAfter.setFullYear(now.getFullYear() + 10);
  const attrs = [
    { name: 'commonName', value: input.commonName },
    { name: 'organizationName', value: input.organisation },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(privateKey, forge.md.sha256.create());

  const passphrase = randomBytes(24).toString('base64url');
  const p12Asn1 = forge.pkcs12.toPkcs12Asn1(privateKey, [cert], passphrase, { algorithm: '3des', friendlyName: input.commonName });
  const p12 = Buffer.from(forge.asn1.toDer(p12Asn1).getBytes(), 'binary');
  return { ...describeCertificateDer(forgeCertificateDer(cert)), p12: new Uint8Array(p12), passphrase };
}

/** The private key of a PKCS#12 bag and the certificate that matches it (one of the bag's certificates). */
export interface P12Contents {
  key: forge.pki.rsa.PrivateKey;
  certificate: forge.pki.Certificate;
  certificateDer: Uint8Array;
}

/** Opens a .p12 with its password; errors are plain sentences. */
export function openP12(p12: Uint8Array, password: string): P12Contents {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(Buffer.from(p12).toString('binary'));
    parsed = forge.pkcs12.pkcs12FromAsn1(asn1, password);
  } catch (error) {
    const message = (error as Error).message ?? '';
    if (/mac could not be verified|invalid password|decrypt/i.test(message)) {
      throw new AppFailure('BAD_INPUT', 'The password does not open this .p12 file. Check it and try again.');
    }
    throw new AppFailure('INVALID_FILE', 'This file is not a readable .p12 (PKCS#12) certificate file.');
  }
  const keyBags = [
    ...(parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ?? []),
    ...(parsed.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ];
  const certBags = parsed.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [];
  const key = keyBags.find((b) => b.key)?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new AppFailure('INVALID_FILE', 'This .p12 file holds no private key, so it cannot seal documents.');
  const certificate = certBags
    .map((b) => b.cert)
    .find((c): c is forge.pki.Certificate => Boolean(c) && (c!.publicKey as forge.pki.rsa.PublicKey).n?.equals(key.n));
  if (!certificate) throw new AppFailure('INVALID_FILE', 'This .p12 file has no certificate matching its private key.');
  return { key, certificate, certificateDer: forgeCertificateDer(certificate) };
}

/**
 * Opens an organisation's .p12 with its password and checks it can seal: it must hold a private
 * key, a certificate whose public key matches it, and be valid today. Errors are plain sentences.
 */
export function inspectP12(p12: Uint8Array, password: string, now = new Date()): CertificateFacts {
  const facts = describeCertificateDer(openP12(p12, password).certificateDer);
  if (new Date(facts.validUntil) < now) throw new AppFailure('BAD_INPUT', `This certificate expired on ${facts.validUntil.slice(0, 10)}.`);
  if (new Date(facts.validFrom) > now) throw new AppFailure('BAD_INPUT', `This certificate is not valid before ${facts.validFrom.slice(0, 10)}.`);
  return facts;
}
