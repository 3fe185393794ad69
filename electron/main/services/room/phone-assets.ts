import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

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

/** Every file below `folder`, as paths relative to it ('assets/phone.js'), walked by hand: asar's fs has no recursive readdir. */
async function filesBelow(folder: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(folder, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await filesBelow(folder, path)));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

/**
 * The phone page's files, read into memory when a room opens: the room serves these and nothing
 * else, so no path a phone asks for can reach the library, the app's own bundle or the disk.
 */
export async function loadPhoneAssets(folder: string): Promise<Map<string, PhoneAsset>> {
  const assets = new Map<string, PhoneAsset>();
  for (const path of await filesBelow(folder)) {
    const type = TYPES[extname(path)];
    if (type) assets.set(path, { type, body: await readFile(join(folder, path)) });
  }
  if (!assets.has('index.html')) throw new Error(`The phone page is missing from ${folder}: run npm run build first`);
  return assets;
}
