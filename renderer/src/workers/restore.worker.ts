/// <reference lib="webworker" />
import { AppFailure } from '../../../shared/ipc/result';
import { exportTablesAsDexieJson } from '../db/backup-export';
import { openDatabase } from '../db/database';
import { restoreThroughScratch } from '../db/restore-scratch';
import type { RestoreRequest, RestoreResponse, WorkerFailure } from './restore-protocol';

/**
 * Restores (and backups) off the page's main thread: parsing a 30 MB backup, importing it into a
 * scratch database, reading and checking every row and writing the library in one transaction
 * move tens of MB through structured clone, which on the page froze the window for seconds. The
 * worker has its own connection to the same database; the page's screens see the new rows
 * through Dexie's cross-connection change events (BroadcastChannel). The safety copy before the
 * replacement needs the bridge, so the worker asks the page for it and waits.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const send = (message: RestoreResponse) => scope.postMessage(message);

let answer: ((go: boolean) => void) | null = null;

/** Stopped by the page because its safety copy failed: the page reports its own error. */
class Stopped extends Error {}

function failureOf(error: unknown): WorkerFailure {
  if (error instanceof AppFailure) return { code: error.code, name: error.name, message: error.message };
  const e = error as { name?: unknown; message?: unknown; inner?: { name?: unknown } } | null;
  const name = typeof e?.inner?.name === 'string' && e.inner.name !== 'Error' ? e.inner.name : typeof e?.name === 'string' ? e.name : 'Error';
  return { code: null, name, message: typeof e?.message === 'string' ? e.message : String(error) };
}

async function restore(request: Extract<RestoreRequest, { type: 'restore' }>) {
  const database = openDatabase(request.dbName);
  try {
    const { versions } = await restoreThroughScratch(request.blob, database, {
      scratchName: request.scratchName,
      onProgress: (progress) => send({ type: 'progress', progress }),
      beforeReplace: async () => {
        const go = await new Promise<boolean>((resolve) => {
          answer = resolve;
          send({ type: 'beforeReplace' });
        });
        if (!go) throw new Stopped('stopped');
      },
    });
    send({ type: 'restored', versions });
  } finally {
    database.close();
  }
}

async function backUp(request: Extract<RestoreRequest, { type: 'export' }>) {
  const database = openDatabase(request.dbName);
  try {
    const blob = await exportTablesAsDexieJson(database, request.skip, ({ done, total }) => send({ type: 'progress', progress: { phase: 'reading', done, total } }));
    send({ type: 'exported', blob });
  } finally {
    database.close();
  }
}

scope.onmessage = (event: MessageEvent<RestoreRequest>) => {
  const request = event.data;
  if (request.type === 'proceed' || request.type === 'stop') {
    const resolve = answer;
    answer = null;
    resolve?.(request.type === 'proceed');
    return;
  }
  (request.type === 'restore' ? restore(request) : backUp(request)).catch((error: unknown) => send({ type: 'failed', failure: failureOf(error) }));
};
