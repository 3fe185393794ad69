import { constants } from 'node:fs';
import { copyFile, link, open, rename, rm, mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, basename, resolve, relative } from 'node:path';
import { randomBytes, createHash } from 'node:crypto';
import { AppFailure } from '../../../shared/ipc/result';

/** Refuses paths that could surprise us: relative, with NUL bytes, or escaping an allowed root. */
export function assertSafePath(target: string, allowedRoot?: string): string {
  if (typeof target !== 'string' || target.length === 0 || target.includes('\0')) {
    throw new AppFailure('BAD_INPUT', 'The file path is empty or contains invalid characters');
  }
  if (!isAbsolute(target)) throw new AppFailure('BAD_INPUT', `The file path must be absolute: ${target}`);
  const full = resolve(target);
  if (allowedRoot) {
    const rel = relative(resolve(allowedRoot), full);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      throw new AppFailure('BAD_INPUT', 'The file path is outside the folder this action may write to');
    }
  }
  return full;
}

/** Why a file could not be written, in words (Node's own message names the full path). */
export function whyNotWritten(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC') return ': the disk is full';
  if (code === 'EACCES' || code === 'EPERM') return ': the app may not write to that folder';
  if (code === 'EROFS') return ': that disk is read-only';
  return '';
}

/**
 * Writes a file so that readers see either the old or the new contents, never half of it:
 * a temporary file in the same folder, fsync, then rename over the target.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: { allowedRoot?: string } = {},
): Promise<{ path: string; bytes: number; sha256: string }> {
  const full = assertSafePath(target, options.allowedRoot);
  const folder = dirname(full);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${basename(full)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await rm(temp, { force: true });
    throw new AppFailure('IO', `${basename(full)} could not be saved there${whyNotWritten(error)}. Choose another folder, or free some space, and try again.`);
  }
  try {
    await rename(temp, full);
  } catch (error) {
    await rm(temp, { force: true });
    throw new AppFailure('IO', `${basename(full)} could not be saved there${whyNotWritten(error)}. Choose another folder, or free some space, and try again.`);
  }
  // Persist the rename itself; not every platform lets us open a folder, which is fine.
  try {
    const dir = await open(folder, 'r');
    await dir.sync().catch(() => undefined);
    await dir.close();
  } catch {
    /* folder fsync unsupported */
  }
  return { path: full, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Gives a finished temporary file its final name only if that name is free (never replacing what
 * is there): a hard link, or an exclusive copy on file systems without hard links. Throws the
 * EEXIST error when the name is taken, for the caller to choose another or report it.
 */
export async function createExclusively(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    await copyFile(temp, target, constants.COPYFILE_EXCL);
  }
}
