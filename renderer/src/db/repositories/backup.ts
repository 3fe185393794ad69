import Dexie from 'dexie';
import { exportDB, importInto, peakImportFile } from 'dexie-export-import';
import { AgreementVersionSchema } from '../../../../shared/model/agreement';
import { WorkshopSchema } from '../../../../shared/model/workshop';
import { AuditEventSchema } from '../../../../shared/model/audit';
import { AppFailure, type Result } from '../../../../shared/ipc/result';
import { checkSealedContent, StoredReviewSchema } from '../../../../shared/rules/import-file';
import { newId } from '../../../../shared/rules/ids';
import type { BackupInfo, BackupReason } from '../../../../shared/ipc/channels/backups';
import type { z } from 'zod';
import { bridge } from '../../bridge';
import { DB_VERSION, db as defaultDb, defineSchema, type CommonGroundDb } from '../database';
import { describeIssues } from '../errors';
import { BacktestMappingRowSchema } from './backtest';
import { getSetting, validSettingRows } from './settings';
import { clearIndexes, indexTables, indexVersions } from '../index-rows';
import { base64ToBlob, blobToBase64 } from '../base64';

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

/** The whole database as a dexie-export-import JSON blob, read in one consistent transaction. */
export async function exportDatabase(database: Dexie = defaultDb): Promise<Blob> {
  // search is small and harmless to include (older backups have it); it is rebuilt on restore all the same.
  return exportDB(database, { numRowsPerChunk: 2000, skipTables: [...NOT_BACKED_UP_TABLES, 'libraryRows'] });
}

export async function createBackup(reason: BackupReason, database: Dexie = defaultDb): Promise<BackupInfo> {
  const base64 = await blobToBase64(await exportDatabase(database));
  return unwrap(await bridge.writeBackup({ base64, reason }));
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

function validRows<S extends z.ZodType>(schema: S, rows: unknown[], what: string): z.output<S>[] {
  return rows.map((row, index) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw new AppFailure('INVALID_FILE', `The backup's ${what} #${index + 1} is not valid: ${describeIssues(parsed.error)}`);
    return parsed.data;
  });
}

/**
 * Restores a backup atomically: it is imported into a scratch database first and every row is
 * validated there; only then is the live database cleared and refilled in a single transaction.
 * Any failure before that transaction commits leaves the current data exactly as it was.
 */
export async function restoreBackup(blob: Blob, database: CommonGroundDb = defaultDb): Promise<{ versions: number }> {
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
  const scratch = new Dexie(`common-ground-restore-${newId()}`) as CommonGroundDb;
  defineSchema(scratch);
  try {
    try {
      await importInto(scratch, blob, { acceptNameDiff: true, acceptVersionDiff: true, acceptMissingTables: true, clearTablesBeforeImport: true });
    } catch (error) {
      throw new AppFailure('INVALID_FILE', `This backup could not be read: ${(error as Error).message}`);
    }
    for (const table of meta.data.tables) {
      const stored = scratch.tables.find((t) => t.name === table.name);
      if (stored && (await stored.count()) !== table.rowCount) throw new AppFailure('INVALID_FILE', `The backup's ${table.name} table is incomplete.`);
    }
    const versions = validRows(AgreementVersionSchema, await scratch.versions.toArray(), 'agreement version');
    versions.forEach(checkSealedContent);
    const workshops = validRows(WorkshopSchema, await scratch.workshops.toArray(), 'workshop');
    const auditEvents = validRows(AuditEventSchema, await scratch.auditEvents.toArray(), 'audit event');
    const reviews = validRows(StoredReviewSchema, await scratch.reviews.toArray(), 'quarterly review');
    // Unknown keys and values that no longer fit are left out: they would read as defaults anyway.
    const settings = validSettingRows(await scratch.settings.toArray());
    const backtestMappings = validRows(BacktestMappingRowSchema, await scratch.backtestMappings.toArray(), 'backtest column mapping');
    const restoredWorkshops = new Set(workshops.map((w) => w.id));
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
  }
}

/** Restores a backup file kept by the main process, after first backing up what is there now. */
export async function restoreNamedBackup(name: string, database: CommonGroundDb = defaultDb): Promise<{ versions: number }> {
  const { base64 } = unwrap(await bridge.readBackup({ name }));
  const blob = base64ToBlob(base64);
  if ((await database.versions.count()) > 0) await createBackup('before-restore', database);
  return restoreBackup(blob, database);
}
