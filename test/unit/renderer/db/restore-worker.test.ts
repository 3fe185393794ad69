import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as BackupModule from '../../../../renderer/src/db/repositories/backup';
import type { CommonGroundDb } from '../../../../renderer/src/db/database';
import { importLibraryText } from '../../../../renderer/src/db/repositories/import';
import { draftVersion, libraryFile } from '../library/fixtures';
import { dump, freshDb } from '../library/db-helpers';

/**
 * The page ⇄ restore worker protocol, with the worker module run in this thread behind a fake
 * Worker (jsdom has none): the checks, the safety-copy question and its answer, refusals.
 */
const scope: { onmessage: ((event: { data: unknown }) => void) | null; postMessage: (data: unknown) => void } = { onmessage: null, postMessage: () => undefined };
class FakeWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor() {
    scope.postMessage = (data) => setTimeout(() => this.onmessage?.({ data }), 0);
  }
  postMessage(data: unknown) {
    setTimeout(() => scope.onmessage?.({ data }), 0);
  }
  terminate() {}
}

/** Vitest does not resolve the worker's `new URL(…, import.meta.url)`; the fake worker ignores the address anyway. */
class AnyURL extends URL {
  constructor(url: string | URL, base?: string | URL) {
    try {
      super(url, base);
    } catch {
      super('file:///restore.worker.ts');
    }
  }
}

let backup: typeof BackupModule;
beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('../../../../renderer/src/workers/restore.worker');
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('URL', AnyURL);
  backup = await import('../../../../renderer/src/db/repositories/backup');
});
afterAll(() => vi.unstubAllGlobals());

let db: CommonGroundDb;
beforeEach(async () => {
  db = freshDb();
  await importLibraryText(JSON.stringify(libraryFile([draftVersion(1)])), db);
});
afterEach(() => db.close());

describe('restoring through the worker', () => {
  it('asks for the safety copy once the file passed every check, then replaces the library', async () => {
    const file = await backup.exportDatabase(db);
    const before = await dump(db);
    await db.versions.clear();
    const phases: string[] = [];
    let asked = 0;
    const result = await backup.restoreBackup(file, db, { beforeReplace: async () => void (asked += 1), onProgress: (p) => phases.push(p.phase) });
    expect(result).toEqual({ versions: 1 });
    expect(asked).toBe(1);
    expect(phases).toContain('checking');
    expect(phases).toContain('replacing');
    expect(await dump(db)).toBe(before);
  });

  it('changes nothing and throws the page’s error when the safety copy fails', async () => {
    const file = await backup.exportDatabase(db);
    await db.versions.clear();
    const before = await dump(db);
    await expect(backup.restoreBackup(file, db, { beforeReplace: () => Promise.reject(new Error('no room for the safety copy')) })).rejects.toThrow('no room for the safety copy');
    expect(await dump(db)).toBe(before);
  });

  it('refuses a damaged file with the same message, without asking for a safety copy', async () => {
    const text = await (await backup.exportDatabase(db)).text();
    let asked = 0;
    const refusal = backup.restoreBackup(new Blob([text.slice(0, text.length - 200)]), db, { beforeReplace: async () => void (asked += 1) });
    await expect(refusal).rejects.toThrow(/^This backup file is damaged/);
    await expect(refusal).rejects.toMatchObject({ code: 'INVALID_FILE' });
    expect(asked).toBe(0);
  });
});
