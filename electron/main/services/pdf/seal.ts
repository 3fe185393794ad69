import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';

export interface SealingCertificate {
  /** PKCS#12 bytes holding the private key and certificate chain. */
  p12: Uint8Array;
  passphrase: string;
}

/**
 * Writes the CMS signature (adbe.pkcs7.detached, SHA-256) into the placeholder. A new P12Signer
 * every time: reusing one fails on the second signature with "Too few bytes to parse DER".
 * Nothing may be appended to the result, or the seal would no longer cover the whole file.
 */
export async function sealPdf(prepared: Uint8Array, certificate: SealingCertificate, signingTime: Date): Promise<Uint8Array> {
  const signer = new P12Signer(Buffer.from(certificate.p12), { passphrase: certificate.passphrase });
  const sealed = await new SignPdf().sign(Buffer.from(prepared), signer, signingTime);
  return new Uint8Array(sealed.buffer, sealed.byteOffset, sealed.byteLength);
}
