import Dexie from 'dexie';
import { importInto, peakImportFile } from 'dexie-export-import';
import { exportTablesAsDexieJson } from '../backup-export';
import { AgreementVersionSchema } from '../../../../shared/model/agreement';
import { WorkshopSchema } from '../../../../shared/model/workshop';
import { AuditEventSchema } from '../../../../shared/model/audit';
import { AppFailure, type Result } from '../../../../shared/ipc/result';
import { checkSealedContent, StoredReviewSchema } from '../../../../shared/rules/import-file';
import { newId } from '../../../../shared/rules/ids';
import { BACKUP_CHUNK_BYTES, type BackupInfo, type BackupReason } from '../../../../shared/ipc/channels/backups';
import type { z } from 'zod';
import { bridge } from '../../bridge';
import { DB_VERSION, db as defaultDb, defineSchema, type CommonGroundDb } from '../database';
import { describeIssues } from '../errors';
import { BacktestMappingRowSchema } from './backtest';
import { getSetting, validSettingRows } from './settings';
import { clearIndexes, indexTables, indexVersions } from '../index-rows';
import { base64ToBlob, base64ToBytes, blobToBase64, bytesToBase64 } from '../base64';

const DAY_MS = 24 * 60 * 60 * 1000;

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new AppFailure(result.error.code, result.error.message);
  return result.data;
}

export { blobToBase64, base64ToBlob };

/**
 * What a backup holds, and what a restore does with each table. Every table of the schema is in
 * exactly one list (a test checks it), so a new table cannot be silently left out of restores.
 */
export const RESTORED_TABLES = ['versions', 'workshops', 'auditEvents', 'settings', 'reviews', 'backtestMappings'] as const;
/** Derived from the versions: not backed up, rebuilt on restore. */
export const REBUILT_TABLES = ['search', 'libraryRows'] as const;
/**
 * The parsed CSV leads of a backtest (up to ~100 MB of typed arrays): too big to copy into every
 * daily backup, and re-imported from the CSV in one step with the restored column mapping. A
 * restore keeps the rows of workshops it brings back and drops the rest, so none is left orphaned.
 */
export const NOT_BACKED_UP_TABLES = ['backtestTables'] as const;

/** How far a long backup or restore has got, for a progress bar: rows read, then bytes moved. */
export interface BackupProgress {
  phase: 'reading' | 'saving' | 'loading' | 'checking' | 'replacing';
  done: number;
  total: number;
}
export type OnBackupProgress = (progress: BackupProgress) => void;

/** The whole database as a dexie-export-import JSON blob, read in one consistent transaction. */
export async function exportDatabase(database: Dexie = defaultDb, onProgress?: OnBackupProgress): Promise<Blob> {
  // search is small and harmless to include (older backups have it); it is rebuilt on restore all the same.
  return exportTablesAsDexieJson(database, [...NOT_BACKED_UP_TABLES, 'libraryRows'], ({ done, total }) => onProgress?.({ phase: 'reading', done, total }));
}

/** Streams a backup to the main process in pieces; on any failure the unfinished file is dropped. */
async function uploadBackup(blob: Blob, reason: BackupReason, onProgress?: OnBackupProgress): Promise<BackupInfo> {
  const { uploadId } = unwrap(await bridge.beginBackup({ reason }));
  try {
    for (let offset = 0; offset < blob.size; offset += BACKUP_CHUNK_BYTES) {
      const piece = new Uint8Array(await blob.slice(offset, offset + BACKUP_CHUNK_BYTES).arrayBuffer());
      unwrap(await bridge.appendBackup({ uploadId, offset, base64: bytesToBase64(piece) }));
      onProgress?.({ phase: 'saving', done: offset + piece.length, total: blob.size });
    }
    return unwrap(await bridge.finishBackup({ uploadId, bytes: blob.size }));
  } catch (error) {
    await bridge.abortBackup({ uploadId }).catch(() => undefined);
    throw error;
  }
}

/** Backups from this window run one after another: the daily one and "Back up now" never interleave. */
let backupQueue: Promise<unknown> = Promise.resolve();

export function createBackup(reason: BackupReason, database: Dexie = defaultDb, onProgress?: OnBackupProgress): Promise<BackupInfo> {
  const run = async () => uploadBackup(await exportDatabase(database, onProgress), reason, onProgress);
  const next = backupQueue.then(run, run);
  backupQueue = next.catch(() => undefined);
  return next;
}

/** A stored backup, read from the main process piece by piece. */
export async function readStoredBackup(name: string, onProgress?: OnBackupProgress): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  let total = 0;
  do {
    const piece = unwrap(await bridge.readBackupChunk({ name, offset }));
    total = piece.bytes;
    const bytes = base64ToBytes(piece.base64) as Uint8Array<ArrayBuffer>;
    if (bytes.length === 0) break;
    parts.push(bytes);
    offset += bytes.length;
    onProgress?.({ phase: 'loading', done: offset, total });
  } while (offset < total);
  return new Blob(parts, { type: 'application/json' });
}

export async function listBackups(): Promise<BackupInfo[]> {
  return unwrap(await bridge.listBackups({}));
}

/**
 * Once a day, on start: a backup when daily backups are on (Settings), there is something to keep
 * and the newest is over a day old.
 */
export async function backupIfDue(now = Date.now(), database: CommonGroundDb = defaultDb): Promise<BackupInfo | null> {
  if (!(await getSetting('dailyBackups', database))) return null;
  if ((await database.versions.count()) === 0) return null;
  const newest = (await listBackups())[0];
  if (newest && now - Date.parse(newest.createdAt) < DAY_MS) return null;
  return createBackup('daily', database);
}

/** Before the live database is upgraded to a new schema, its old data goes to a backup file (see database.ts). */
export async function backupOldDatabase(old: Dexie): Promise<void> {
  if (old.tables.length > 0) await createBackup('before-upgrade', old);
}

/** Rows checked between two yields to the event loop: a slice stays well under 50 ms on a slow laptop. */
const ROWS_PER_SLICE = 250;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every row through its schema (and `check`, if given), a slice at a time with the page free in
 * between, so checking 10,000 agreements keeps the window responsive and the progress bar moving.
 */
async function validRows<S extends z.ZodType>(schema: S, rows: unknown[], what: string, progress?: { onProgress?: OnBackupProgress; check?: (row: z.output<S>) => void }): Promise<z.output<S>[]> {
  const valid: z.output<S>[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_SLICE) {
    if (start > 0) await nextTask();
    for (let index = start; index < Math.min(rows.length, start + ROWS_PER_SLICE); index += 1) {
      const parsed = schema.safeParse(rows[index]);
      if (!parsed.success) throw new AppFailure('INVALID_FILE', `The backup's ${what} #${index + 1} is not valid: ${describeIssues(parsed.error)}`);
      progress?.check?.(parsed.data);
      valid.push(parsed.data);
    }
    progress?.onProgress?.({ phase: 'checking', done: valid.length, total: rows.length });
  }
  return valid;
}

const TWICE_IN_BACKUP =
  'This backup holds two records of the same agreement version (or the same record twice), so it was not restored: an agreement has only one version 1, one version 2 and so on. It may have been edited by hand. Your library is unchanged.';

/** Restores check a backup in a scratch database of this name first. */
const SCRATCH_PREFIX = 'common-ground-restore-';
const activeScratch = new Set<string>();

/**
 * Scratch databases left by a restore that was interrupted (the window closed, the app crashed)
 * hold a whole copy of a backup (tens of MB each): removed on the next start.
 */
export async function removeLeftoverScratchDatabases(): Promise<string[]> {
  const names = (await Dexie.getDatabaseNames()).filter((n) => n.startsWith(SCRATCH_PREFIX) && !activeScratch.has(n));
  for (const name of names) await Dexie.delete(name).catch(() => undefined);
  return names;
}

/**
 * Restores a backup atomically: it is imported into a scratch database first and every row is
 * validated there; only then is the live database cleared and refilled in a single transaction.
 * Any failure before that transaction commits leaves the current data exactly as it was.
 */
export async function restoreBackup(
  blob: Blob,
  database: CommonGroundDb = defaultDb,
  options: { beforeReplace?: () => Promise<unknown>; onProgress?: OnBackupProgress } = {},
): Promise<{ versions: number }> {
  let meta;
  try {
    // The importer streams and would accept a file cut short; a full parse proves it is whole.
    JSON.parse(await blob.text());
    meta = await peakImportFile(blob);
  } catch {
    throw new AppFailure('INVALID_FILE', 'This backup file is damaged (it may be truncated) or is not a Common Ground backup.');
  }
  if (meta.formatName !== 'dexie') throw new AppFailure('INVALID_FILE', 'This is not a Common Ground backup file.');
  if (meta.data.databaseVersion > DB_VERSION) {
    throw new AppFailure('UNSUPPORTED_VERSION', `This backup was made by a newer version of Common Ground (database v${meta.data.databaseVersion}); update the app to restore it.`);
  }
  const scratch = new Dexie(`${SCRATCH_PREFIX}${newId()}`) as CommonGroundDb;
  activeScratch.add(scratch.name);
  defineSchema(scratch);
  try {
    try {
      await importInto(scratch, blob, {
        acceptNameDiff: true,
        acceptVersionDiff: true,
        acceptMissingTables: true,
        clearTablesBeforeImport: true,
        progressCallback: ({ completedRows, totalRows }) => {
          options.onProgress?.({ phase: 'checking', done: completedRows, total: totalRows ?? completedRows });
          return false;
        },
      });
    } catch (error) {
      // The scratch has the live schema: one record per id and per agreement version (&[agreementId+version]).
      if (/ConstraintError/.test(`${(error as Error).name} ${(error as Error).message}`)) throw new AppFailure('INVALID_FILE', TWICE_IN_BACKUP);
      throw new AppFailure('INVALID_FILE', `This backup could not be read: ${(error as Error).message}`);
    }
    for (const table of meta.data.tables) {
      const stored = scratch.tables.find((t) => t.name === table.name);
      if (stored && (await stored.count()) !== table.rowCount) throw new AppFailure('INVALID_FILE', `The backup's ${table.name} table is incomplete.`);
    }
    const versions = await validRows(AgreementVersionSchema, await scratch.versions.toArray(), 'agreement version', { onProgress: options.onProgress, check: checkSealedContent });
    const workshops = await validRows(WorkshopSchema, await scratch.workshops.toArray(), 'workshop');
    const auditEvents = await validRows(AuditEventSchema, await scratch.auditEvents.toArray(), 'audit event');
    const reviews = await validRows(StoredReviewSchema, await scratch.reviews.toArray(), 'quarterly review');
    // Unknown keys and values that no longer fit are left out: they would read as defaults anyway.
    const settings = validSettingRows(await scratch.settings.toArray());
    const backtestMappings = await validRows(BacktestMappingRowSchema, await scratch.backtestMappings.toArray(), 'backtest column mapping');
    const restoredWorkshops = new Set(workshops.map((w) => w.id));
    // Only a backup that has passed every check gets this far, so a refused one costs no safety copy.
    await options.beforeReplace?.();
    options.onProgress?.({ phase: 'replacing', done: 0, total: versions.length });
    // Search and library rows are derived data: rebuilt, so a backup from an older schema comes back searchable.
    await database.transaction('rw', [database.versions, database.workshops, database.auditEvents, database.settings, database.reviews, database.backtestMappings, database.backtestTables, ...indexTables(database)], async () => {
      await Promise.all([database.versions.clear(), database.workshops.clear(), database.auditEvents.clear(), database.settings.clear(), database.reviews.clear(), database.backtestMappings.clear(), clearIndexes(database)]);
      await database.versions.bulkAdd(versions);
      await database.workshops.bulkAdd(workshops);
      await database.auditEvents.bulkAdd(auditEvents);
      await database.settings.bulkAdd(settings);
      await indexVersions(database, versions);
      await database.reviews.bulkAdd(reviews);
      await database.backtestMappings.bulkAdd(backtestMappings);
      // Leads imported for a workshop the backup does not have would be orphans: drop them.
      // Keys only: reading the rows would deserialise every parsed table (up to ~100 MB each).
      const tableKeys = (await database.backtestTables.toCollection().primaryKeys()) as string[];
      await database.backtestTables.bulkDelete(tableKeys.filter((workshopId) => !restoredWorkshops.has(workshopId)));
    });
    return { versions: versions.length };
  } finally {
    scratch.close();
    await Dexie.delete(scratch.name).catch(() => undefined);
    activeScratch.delete(scratch.name);
  }
}

/**
 * Restores a backup file kept by the main process. What is there now is backed up first, but only
 * once the chosen file has been read and checked: retrying a damaged backup costs nothing.
 */
export async function restoreNamedBackup(name: string, database: CommonGroundDb = defaultDb, onProgress?: OnBackupProgress): Promise<{ versions: number }> {
  const blob = await readStoredBackup(name, onProgress);
  return restoreBackup(blob, database, {
    onProgress,
    beforeReplace: async () => {
      if ((await database.versions.count()) > 0) await createBackup('before-restore', database, onProgress);
    },
  });
}
