/** Where the last digital signature of a PDF sits, read straight from the bytes. */
export interface SignatureLocation {
  byteRange: [number, number, number, number];
  /** The DER bytes of the CMS signature (hex in /Contents, trailing zero padding included). */
  contents: Uint8Array;
  /** How many signatures (filled /ByteRange entries) the file has. */
  count: number;
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

/**
 * Finds the last filled /ByteRange. Offsets are checked against the file before use, so a
 * hostile file cannot make us read outside it. Returns null when the file carries no signature,
 * and throws a sentence when the signature dictionary is malformed.
 */
export function findLastSignature(pdf: Uint8Array): SignatureLocation | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const matches = [...text.matchAll(BYTE_RANGE)];
  if (matches.length === 0) return null;
  const last = matches[matches.length - 1];
  const range = last.slice(1, 5).map(Number) as [number, number, number, number];
  const [start, firstLength, secondStart, secondLength] = range;
  if (start !== 0 || firstLength <= 0 || secondStart <= firstLength || secondStart + secondLength > pdf.byteLength) {
    throw new Error('The signature’s byte range does not fit inside this file');
  }
  const hole = text.slice(firstLength, secondStart);
  if (!/^<[0-9a-fA-F\s]*>$/.test(hole)) throw new Error('The signature’s contents are not where its byte range says');
  const hex = hole.slice(1, -1).replace(/\s+/g, '');
  return { byteRange: range, contents: new Uint8Array(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex')), count: matches.length };
}

/** The bytes the signature covers: everything except the /Contents hole. */
export function signedBytes(pdf: Uint8Array, [a, b, c, d]: SignatureLocation['byteRange']): Uint8Array {
  const out = new Uint8Array(b + d);
  out.set(pdf.subarray(a, a + b), 0);
  out.set(pdf.subarray(c, c + d), b);
  return out;
}
