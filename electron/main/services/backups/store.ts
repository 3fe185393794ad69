/** The backups folder: listing, rotation and reading stored backups in pieces. */
import { open, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppFailure } from '../../../../shared/ipc/result';
import { BACKUP_CHUNK_BYTES, SAFETY_COPY_REASONS, type BackupContents, type BackupInfo } from '../../../../shared/ipc/channels/backups';
import { backupFolder, parseName, pathOf } from './names';

/** How many regular backups (daily and by hand) to keep: two weeks of daily ones. */
export const KEEP_BACKUPS = 14;
/** How many safety copies (before an upgrade or a restore) to keep, on top of the regular ones. */
export const KEEP_SAFETY_COPIES = 5;

export async function listBackups(dataFolder: string): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(backupFolder(dataFolder));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new AppFailure('IO', 'The backups folder could not be read. Check that the app’s data folder is still there and readable.');
  }
  const found: BackupInfo[] = [];
  for (const name of names) {
    const meta = parseName(name);
    if (!meta) continue; // unfinished uploads and anything a person dropped in the folder
    const info = await stat(join(backupFolder(dataFolder), name)).catch(() => null);
    if (info?.isFile()) found.push({ name, bytes: info.size, ...meta, contents: await readContents(join(backupFolder(dataFolder), name)) });
  }
  return found.sort((a, b) => b.name.localeCompare(a.name));
}

/** The header of a backup (dexie-export-import's format) names every table with its row count, before any row. */
const HEADER_BYTES = 16 * 1024;
const countOf = (head: string, table: string) => {
  const match = new RegExp(`"name":"${table}","schema":"(?:[^"\\\\]|\\\\.)*","rowCount":(\\d+)`).exec(head);
  return match ? Number(match[1]) : null;
};

/** How many versions and workshops a backup holds, from its first 16 KB; null for a file without that header. */
export async function readContents(path: string): Promise<BackupContents | null> {
  const file = await open(path, 'r').catch(() => null);
  if (!file) return null;
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEADER_BYTES, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8');
    if (!head.startsWith('{"formatName":"dexie"')) return null;
    const versions = countOf(head, 'versions');
    const workshops = countOf(head, 'workshops');
    return versions === null || workshops === null ? null : { versions, workshops };
  } finally {
    await file.close();
  }
}

/**
 * Deletes all but the newest `keep` regular backups and the newest `keepSafety` safety copies:
 * a run of refused or repeated restores can never push out the daily backups.
 */
export async function rotateBackups(dataFolder: string, keep = KEEP_BACKUPS, keepSafety = KEEP_SAFETY_COPIES): Promise<string[]> {
  const all = await listBackups(dataFolder);
  const safety = all.filter((b) => SAFETY_COPY_REASONS.includes(b.reason));
  const regular = all.filter((b) => !SAFETY_COPY_REASONS.includes(b.reason));
  const old = [...regular.slice(keep), ...safety.slice(keepSafety)];
  for (const backup of old) await rm(pathOf(dataFolder, backup.name), { force: true });
  return old.map((b) => b.name);
}

/** One piece of a stored backup, from `offset`, at most BACKUP_CHUNK_BYTES long; `bytes` is the whole size. */
export async function readBackupChunk(dataFolder: string, name: string, offset: number): Promise<{ data: Buffer; bytes: number }> {
  const path = pathOf(dataFolder, name);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppFailure('NOT_FOUND', 'That backup no longer exists. Choose another one from the list.');
    throw new AppFailure('IO', 'The backup could not be read. Check that the app’s data folder is readable.');
  }
  try {
    const { size } = await handle.stat();
    if (offset > size) throw new AppFailure('BAD_INPUT', 'That part of the backup does not exist');
    const data = Buffer.alloc(Math.min(BACKUP_CHUNK_BYTES, size - offset));
    const { bytesRead } = await handle.read(data, 0, data.length, offset);
    return { data: data.subarray(0, bytesRead), bytes: size };
  } finally {
    await handle.close();
  }
}

/** A whole backup file (for tests and plain-Node tools; the renderer reads it in pieces). */
export async function readBackup(dataFolder: string, name: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const { data, bytes } = await readBackupChunk(dataFolder, name, offset);
    parts.push(data);
    offset += data.length;
    if (offset >= bytes || data.length === 0) return Buffer.concat(parts);
  }
}
