/** Backup file names: generated here only, parsed back for the list, checked before any path is used. */
import { join } from 'node:path';
import { AppFailure } from '../../../../shared/ipc/result';
import { BACKUP_REASONS, BackupNameSchema, type BackupReason } from '../../../../shared/ipc/channels/backups';
import { assertSafePath } from '../atomic-file';

const NAME = /^common-ground-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z-]+)\.json$/;

export const backupFolder = (dataFolder: string) => join(dataFolder, 'backups');

/** 2027-01-12T09:30:00.123Z → 20270112T093000123Z: sorts by time as plain text. */
export function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

export const backupName = (at: number, reason: BackupReason) => `common-ground-${stamp(new Date(at))}-${reason}.json`;

export function parseName(name: string): { createdAt: string; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const reason = m[8] as BackupReason;
  if (!BACKUP_REASONS.includes(reason)) return null;
  return { createdAt: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`, reason };
}

/** The path of a named backup, refusing any name we did not generate or that escapes the folder. */
export function pathOf(dataFolder: string, name: string): string {
  if (!BackupNameSchema.safeParse(name).success || !parseName(name)) throw new AppFailure('BAD_INPUT', 'That is not the name of a Common Ground backup');
  const folder = backupFolder(dataFolder);
  return assertSafePath(join(folder, name), folder);
}

