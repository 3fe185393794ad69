import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppFailure } from '../../../../shared/ipc/result';
import { BACKUP_REASONS, BackupNameSchema, type BackupInfo, type BackupReason } from '../../../../shared/ipc/channels/backups';
import { assertSafePath, writeFileAtomic } from '../atomic-file';

/** How many backups to keep: two weeks of daily ones. */
export const KEEP_BACKUPS = 14;
const NAME = /^common-ground-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z-]+)\.json$/;

export const backupFolder = (dataFolder: string) => join(dataFolder, 'backups');

/** 2027-01-12T09:30:00.123Z → 20270112T093000123Z: sorts by time as plain text. */
function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function parseName(name: string): { createdAt: string; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const reason = m[8] as BackupReason;
  if (!BACKUP_REASONS.includes(reason)) return null;
  return { createdAt: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`, reason };
}

/** The path of a named backup, refusing any name we did not generate or that escapes the folder. */
function pathOf(dataFolder: string, name: string): string {
  if (!BackupNameSchema.safeParse(name).success || !parseName(name)) throw new AppFailure('BAD_INPUT', 'That is not the name of a Common Ground backup');
  const folder = backupFolder(dataFolder);
  return assertSafePath(join(folder, name), folder);
}

export async function listBackups(dataFolder: string): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(backupFolder(dataFolder));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new AppFailure('IO', `Could not read the backups folder: ${(error as Error).message}`);
  }
  const found: BackupInfo[] = [];
  for (const name of names) {
    const meta = parseName(name);
    if (!meta) continue; // temporary files and anything a person dropped in the folder
    const info = await stat(join(backupFolder(dataFolder), name)).catch(() => null);
    if (info?.isFile()) found.push({ name, bytes: info.size, ...meta });
  }
  return found.sort((a, b) => b.name.localeCompare(a.name));
}

/** Deletes all but the newest `keep` backups. */
export async function rotateBackups(dataFolder: string, keep = KEEP_BACKUPS): Promise<string[]> {
  const all = await listBackups(dataFolder);
  const old = all.slice(keep);
  for (const backup of old) await rm(pathOf(dataFolder, backup.name), { force: true });
  return old.map((b) => b.name);
}

export async function writeBackup(dataFolder: string, data: Uint8Array, reason: BackupReason, now = new Date()): Promise<BackupInfo> {
  if (data.byteLength === 0) throw new AppFailure('BAD_INPUT', 'The backup is empty');
  // Two backups in the same millisecond would collide; step forward until the name is free.
  let at = now.getTime();
  const existing = new Set((await listBackups(dataFolder)).map((b) => b.name));
  let name = `common-ground-${stamp(new Date(at))}-${reason}.json`;
  while (existing.has(name)) name = `common-ground-${stamp(new Date(++at))}-${reason}.json`;
  const saved = await writeFileAtomic(pathOf(dataFolder, name), data, { allowedRoot: backupFolder(dataFolder) });
  await rotateBackups(dataFolder);
  return { name, bytes: saved.bytes, createdAt: new Date(at).toISOString(), reason };
}

export async function readBackup(dataFolder: string, name: string): Promise<Buffer> {
  try {
    return await readFile(pathOf(dataFolder, name));
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppFailure('NOT_FOUND', `The backup ${name} no longer exists`);
    throw new AppFailure('IO', `Could not read the backup: ${(error as Error).message}`);
  }
}
