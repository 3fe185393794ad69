import Dexie from 'dexie';
import { importInto, peakImportFile } from 'dexie-export-import';
import type { z } from 'zod';
import { AgreementVersionSchema } from '../../../shared/model/agreement';
import { WorkshopSchema } from '../../../shared/model/workshop';
import { AuditEventSchema } from '../../../shared/model/audit';
import { AppFailure } from '../../../shared/ipc/result';
import { checkSealedContent, StoredReviewSchema } from '../../../shared/rules/import-file';
import { DB_VERSION, defineSchema, type CommonGroundDb } from './schema';
import { describeIssues } from './errors';
import { BacktestMappingRowSchema } from './repositories/backtest';
import { validSettingRows } from './repositories/settings';
import { clearIndexes, indexTables, indexVersions } from './index-rows';

/**
 * The restore itself — check a backup in a scratch database, then replace the library in one
 * transaction — with no bridge and no window: it runs in the restore worker (restore.worker.ts), or
 * in place where there are no workers (unit tests). What needs the page (the safety copy before
 * the replacement) comes in as `beforeReplace`.
 */

/** How far a long backup or restore has got, for a progress bar: rows read, then bytes moved. */
export interface BackupProgress {
  phase: 'reading' | 'saving' | 'loading' | 'checking' | 'replacing';
  done: number;
  total: number;
}
export type OnBackupProgress = (progress: BackupProgress) => void;

/** Restores check a backup in a scratch database of this name first. */
export const SCRATCH_PREFIX = 'common-ground-restore-';

/** Rows checked between two yields to the event loop: a slice stays well under 50 ms on a slow laptop. */
const ROWS_PER_SLICE = 250;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every row through its schema (and `check`, if given), a slice at a time with the thread free in
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

export interface RestoreOptions {
  /** The scratch database's name (SCRATCH_PREFIX + an id); removed again whatever happens. */
  scratchName: string;
  beforeReplace?: () => Promise<unknown>;
  onProgress?: OnBackupProgress;
}

/**
 * Restores a backup atomically: it is imported into a scratch database first and every row is
 * validated there; only then is the live database cleared and refilled in a single transaction.
 * Any failure before that transaction commits leaves the current data exactly as it was.
 */
export async function restoreThroughScratch(blob: Blob, database: CommonGroundDb, options: RestoreOptions): Promise<{ versions: number }> {
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
  const scratch = new Dexie(options.scratchName) as CommonGroundDb;
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
  }
}
