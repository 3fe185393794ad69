import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createExclusively } from '../atomic-file';

export type Published = { outcome: 'written' | 'already there'; path: string } | { outcome: 'name taken'; path: string; message: string };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Writes one record into the team folder under its own name, created exclusively: written whole
 * to a temporary name beside it first, then given its final name only if that name is free, so a
 * sync engine never sees half a file and nothing in the folder is ever overwritten. Writing the
 * same bytes again is a no-op (publishing is idempotent and can be resumed); different bytes under
 * a taken name are refused with a reason.
 */
export async function publishRecord(folder: string, relativePath: string, bytes: Uint8Array): Promise<Published> {
  const target = join(folder, ...relativePath.split('/'));
  await mkdir(dirname(target), { recursive: true });
  // A dot name the layout never reads, so a scan or another laptop skips it if the app stops here.
  const temp = join(dirname(target), `.cg-writing-${randomBytes(6).toString('hex')}`);
  await writeFile(temp, bytes, { flag: 'wx' });
  try {
    await createExclusively(temp, target);
    return { outcome: 'written', path: relativePath };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const there = await readFile(target);
    if (sha256(there) === sha256(bytes)) return { outcome: 'already there', path: relativePath };
    return { outcome: 'name taken', path: relativePath, message: `${relativePath} already holds a different file; it is kept as it is and nothing was overwritten.` };
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
