import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface PhoneAsset {
  type: string;
  body: Buffer;
}

/**
 * The phone page's files, read into memory when a room opens: the room serves these and nothing
 * else, so no path a phone asks for can reach the library, the app's own bundle or the disk.
 */
export async function loadPhoneAssets(folder: string): Promise<Map<string, PhoneAsset>> {
  const assets = new Map<string, PhoneAsset>();
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const type = TYPES[extname(entry.name)];
    if (!type) continue;
    const path = join(entry.parentPath, entry.name);
    assets.set(relative(folder, path).split(sep).join('/'), { type, body: await readFile(path) });
  }
  if (!assets.has('index.html')) throw new Error(`The phone page is missing from ${folder}: run npm run build first`);
  return assets;
}
