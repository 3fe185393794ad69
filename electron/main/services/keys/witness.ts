import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import type { Signature, WitnessReceipt } from '../../../../shared/model/signatures';
import { AppFailure } from '../../../../shared/ipc/result';
import { witnessStatement, witnessStatementText, type ReceiptVerdict, type WitnessStatement } from '../../../../shared/rules/provenance';
import { fingerprintOfDer, openP12 } from './certificate';

/** The key pair behind a sealing certificate, ready for Node's crypto, named by the certificate's fingerprint. */
export interface WitnessKey {
  fingerprint: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function witnessKeyFromP12(p12: Uint8Array, passphrase: string): WitnessKey {
  const { key, certificate, certificateDer } = openP12(p12, passphrase);
  return {
    fingerprint: fingerprintOfDer(certificateDer),
    privateKey: createPrivateKey(forge.pki.privateKeyToPem(key)),
    publicKey: createPublicKey(forge.pki.publicKeyToPem(certificate.publicKey)),
  };
}

/** RSA-SHA256 (PKCS #1 v1.5) over the UTF-8 bytes of the canonical statement. */
export function signWitnessStatement(key: WitnessKey, statement: WitnessStatement): WitnessReceipt {
  const signature = sign('sha256', Buffer.from(witnessStatementText(statement), 'utf8'), key.privateKey);
  return { certificateFingerprint: key.fingerprint, signature: signature.toString('base64') };
}

/**
 * Whether a receipt proves this statement: it must name a certificate among `verifiers` (the ones
 * this install seals with) and its signature must verify over exactly this statement. Another
 * install's key, another content hash, an edited name, time or image: all 'invalid'.
 */
export function checkReceipt(statement: WitnessStatement, receipt: WitnessReceipt | null | undefined, verifiers: ReadonlyMap<string, KeyObject>): ReceiptVerdict {
  if (!receipt) return 'missing';
  const publicKey = verifiers.get(receipt.certificateFingerprint);
  if (!publicKey) return 'invalid';
  try {
    return verify('sha256', Buffer.from(witnessStatementText(statement), 'utf8'), publicKey, Buffer.from(receipt.signature, 'base64')) ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** How far the signer's clock may be from ours, and how long consenting may take before the signature. */
const CLOCK_SKEW_MS = 10 * 60 * 1000;
const CONSENT_BEFORE_MS = 12 * 60 * 60 * 1000;

export interface WitnessRequest {
  agreementId: string;
  version: number;
  signature: Omit<Signature, 'receipt'>;
}

/**
 * A receipt for a signature being captured now. The times must be now (give or take a clock's
 * drift): a signature read from a file, signed days ago, cannot be witnessed after the fact.
 */
export function witnessSignature(key: WitnessKey, request: WitnessRequest, now = new Date()): WitnessReceipt {
  const signedAt = Date.parse(request.signature.signedAt);
  const consentAt = Date.parse(request.signature.consentAt);
  if (Math.abs(signedAt - now.getTime()) > CLOCK_SKEW_MS) {
    throw new AppFailure('BAD_INPUT', 'Only a signature being given now can be witnessed: its time is not the time on this computer. Check the computer’s clock and sign again.');
  }
  if (consentAt > signedAt + CLOCK_SKEW_MS || consentAt < signedAt - CONSENT_BEFORE_MS) {
    throw new AppFailure('BAD_INPUT', 'The consent to sign electronically must be given just before signing. Tick the consent again and sign.');
  }
  return signWitnessStatement(key, witnessStatement(request, request.signature));
}
