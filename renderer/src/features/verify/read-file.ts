import { blobToBase64 } from '../../db/base64';

/** Reads a chosen or dropped file as plain base64 for the IPC bridge, with the app's one encoder. */
export async function fileToBase64(file: Blob): Promise<string> {
  try {
    return await blobToBase64(file);
  } catch {
    throw new Error('The file could not be read.');
  }
}

export const looksLikePdf = (file: File) => file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
