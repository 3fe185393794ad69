/**
 * Bytes ⇄ base64 for files that cross the bridge. Kept apart from the backup code so screens that
 * only save a file do not pull dexie-export-import into the start-up bundle. Chromium (the app's
 * and the test browser's) has the native Uint8Array base64 methods, which are many times faster
 * and need no giant intermediate string; older engines (jsdom on Node 20) take the portable path.
 */
interface NativeBase64 {
  toBase64?: () => string;
}
interface NativeFromBase64 {
  fromBase64?: (text: string) => Uint8Array;
}

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as NativeBase64).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  // Chunked so a large file does not overflow the argument list of fromCharCode.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const native = (Uint8Array as unknown as NativeFromBase64).fromBase64;
  if (native) return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function blobToBase64(blob: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
}

export function base64ToBlob(base64: string): Blob {
  return new Blob([base64ToBytes(base64) as Uint8Array<ArrayBuffer>], { type: 'application/json' });
}
