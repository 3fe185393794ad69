/**
 * The sentence a signer ticks before signing, quoting the version and its content hash. It is
 * stored on the signature, printed on the PDF's audit page and covered by the witness receipt, so
 * it is worded here once for the signing screen, the tests and any other reader.
 */
export const consentSentence = (version: number, hash: string): string =>
  `I agree to sign version ${version} of this agreement (content SHA-256 ${hash}) electronically, on this device. ` +
  'My drawn or typed signature counts as my handwritten signature, and I have reviewed the whole agreement above.';
