import Dexie from 'dexie';
import { exportTablesAsDexieJson } from '../backup-export';
import { AppFailure } from '../../../../shared/ipc/result';
import { newId } from '../../../../shared/rules/ids';
import { BACKUP_CHUNK_BYTES, type BackupInfo, type BackupReason } from '../../../../shared/ipc/channels/backups';
import { bridge } from '../../bridge';
import { unwrap } from '../../bridge/unwrap';
import { db as defaultDb, type CommonGroundDb } from '../database';
import { getSetting } from './settings';
import { base64ToBlob, base64ToBytes, blobToBase64, bytesToBase64 } from '../base64';
import { restoreThroughScratch, SCRATCH_PREFIX, type BackupProgress, type OnBackupProgress } from '../restore-scratch';
import type { RestoreRequest, RestoreResponse, WorkerFailure } from '../../workers/restore-protocol';

const DAY_MS = 24 * 60 * 60 * 1000;

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

export type { BackupProgress, OnBackupProgress };

/** What a backup leaves out. search is small and harmless to include (older backups have it); it is rebuilt on restore all the same. */
const SKIPPED_TABLES = [...NOT_BACKED_UP_TABLES, 'libraryRows'];

/** The whole database as a dexie-export-import JSON blob, read in one consistent transaction. */
export async function exportDatabase(database: Dexie = defaultDb, onProgress?: OnBackupProgress): Promise<Blob> {
  return exportTablesAsDexieJson(database, SKIPPED_TABLES, ({ done, total }) => onProgress?.({ phase: 'reading', done, total }));
}

/**
 * The same, read and serialised in the restore worker with its own connection (the page stays
 * free); in place where there are no workers. For a database with this build's schema only.
 */
function exportOffThePage(database: Dexie, onProgress?: OnBackupProgress): Promise<Blob> {
  if (typeof Worker === 'undefined') return exportDatabase(database, onProgress);
  return inWorker<Blob>({ type: 'export', dbName: database.name, skip: SKIPPED_TABLES }, { onProgress, result: (m) => (m.type === 'exported' ? m.blob : undefined) });
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

function queueBackup(reason: BackupReason, exportBlob: () => Promise<Blob>, onProgress?: OnBackupProgress): Promise<BackupInfo> {
  const run = async () => uploadBackup(await exportBlob(), reason, onProgress);
  const next = backupQueue.then(run, run);
  backupQueue = next.catch(() => undefined);
  return next;
}

export function createBackup(reason: BackupReason, database: Dexie = defaultDb, onProgress?: OnBackupProgress): Promise<BackupInfo> {
  return queueBackup(reason, () => exportOffThePage(database, onProgress), onProgress);
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

/** Before the live database is upgraded to a new schema, its old data goes to a backup file (registered in main.tsx, run by database.ts). */
export async function backupOldDatabase(old: Dexie): Promise<void> {
  // In place: the old database is opened as it is stored (no schema declared), which the worker's connection would not match.
  if (old.tables.length > 0) await queueBackup('before-upgrade', () => exportDatabase(old));
}

/** Scratch databases of restores running in this window (in place or in the worker): not leftovers. */
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

/** A failure the worker sent as data, thrown again as the page would have thrown it. */
function errorOf(failure: WorkerFailure): Error {
  if (failure.code) return new AppFailure(failure.code, failure.message);
  const error = new Error(failure.message);
  error.name = failure.name;
  return error;
}

const startWorker = () => new Worker(new URL('../../workers/restore.worker.ts', import.meta.url), { type: 'module' });

/**
 * Runs one request in a fresh restore worker and resolves with its result. `onBeforeReplace`
 * answers the worker's question before it replaces the library: 'proceed' once it resolves,
 * 'stop' (and the worker's clean-up awaited) when it throws, whose error is then the result.
 */
function inWorker<T>(request: RestoreRequest, handlers: { onProgress?: OnBackupProgress; onBeforeReplace?: () => Promise<unknown>; result: (message: RestoreResponse) => T | undefined }): Promise<T> {
  const worker = startWorker();
  return new Promise<T>((resolve, reject) => {
    let pageFailure: { error: unknown } | null = null;
    worker.onmessage = (event: MessageEvent<RestoreResponse>) => {
      const message = event.data;
      if (message.type === 'progress') return handlers.onProgress?.(message.progress);
      if (message.type === 'beforeReplace') {
        const ask = handlers.onBeforeReplace ?? (async () => undefined);
        ask().then(
          () => worker.postMessage({ type: 'proceed' } satisfies RestoreRequest),
          (error: unknown) => {
            pageFailure = { error };
            worker.postMessage({ type: 'stop' } satisfies RestoreRequest);
          },
        );
        return;
      }
      if (message.type === 'failed') return reject(pageFailure ? pageFailure.error : errorOf(message.failure));
      const result = handlers.result(message);
      if (result !== undefined) resolve(result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new AppFailure('INTERNAL', 'The backup could not be processed just now; nothing was changed. Try again.'));
    };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/**
 * Restores a backup atomically: it is imported into a scratch database first and every row is
 * validated there; only then is the live database cleared and refilled in a single transaction.
 * Any failure before that transaction commits leaves the current data exactly as it was.
 * The work runs in a worker (restore.worker.ts), so the window stays responsive; where there are
 * no workers (unit tests) the same code runs in place.
 */
export async function restoreBackup(
  blob: Blob,
  database: CommonGroundDb = defaultDb,
  options: { beforeReplace?: () => Promise<unknown>; onProgress?: OnBackupProgress } = {},
): Promise<{ versions: number }> {
  const scratchName = `${SCRATCH_PREFIX}${newId()}`;
  activeScratch.add(scratchName);
  try {
    if (typeof Worker === 'undefined') return await restoreThroughScratch(blob, database, { ...options, scratchName });
    return await inWorker<{ versions: number }>(
      { type: 'restore', blob, dbName: database.name, scratchName },
      { onProgress: options.onProgress, onBeforeReplace: options.beforeReplace, result: (m) => (m.type === 'restored' ? { versions: m.versions } : undefined) },
    );
  } finally {
    // The worker removes it; if the worker itself failed, it is removed here.
    if (typeof Worker !== 'undefined') await Dexie.delete(scratchName).catch(() => undefined);
    activeScratch.delete(scratchName);
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
