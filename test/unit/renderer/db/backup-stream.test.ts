import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The renderer's bridge goes straight to the real main-process handlers (zod at the boundary,
// the real backups folder on disk): only the transport is left out.
const dataFolder = mkdtempSync(join(tmpdir(), 'cg-backup-stream-'));
const calls: string[] = [];
vi.mock('../../../../renderer/src/bridge', async () => {
  const { createBackupHandlers } = await import('../../../../electron/main/handlers/backups');
  const { dispatch } = await import('../../../../electron/main/ipc/dispatch');
  const handlers = createBackupHandlers({ dataFolder } as never) as never;
  return {
    bridge: new Proxy({}, { get: (_t, method: string) => (input: unknown) => (calls.push(method), dispatch(handlers, method as never, input)) }),
  };
});

const { createBackup, listBackups, restoreNamedBackup, readStoredBackup, exportDatabase, restoreBackup } = await import('../../../../renderer/src/db/repositories/backup');
const { BACKUP_CHUNK_BYTES } = await import('../../../../shared/ipc/channels/backups');
const { importLibraryText } = await import('../../../../renderer/src/db/repositories/import');
const { freshDb, dump } = await import('../library/db-helpers');
const { draftVersion, libraryFile } = await import('../library/fixtures');

const folder = join(dataFolder, 'backups');
afterAll(() => rmSync(dataFolder, { recursive: true, force: true }));
beforeEach(() => {
  calls.length = 0;
  rmSync(folder, { recursive: true, force: true });
});

/** A library whose backup is a few pieces long (the template agreement with a long sales-ready paragraph). */
async function bigLibrary(count = 400) {
  const db = freshDb();
  const versions = Array.from({ length: count }, (_, i) => {
    const v = draftVersion(i + 1);
    v.content.leadDefinition.salesReady = `${i} `.repeat(1400).slice(0, 3000);
    return v;
  });
  await importLibraryText(JSON.stringify(libraryFile(versions)), db);
  return db;
}

describe('backups stream to the main process in pieces', () => {
  it('writes a backup larger than one piece whole, with progress for reading and saving', async () => {
    const db = await bigLibrary();
    const phases = new Set<string>();
    let lastSaved = 0;
    const made = await createBackup('manual', db, (p) => {
      phases.add(p.phase);
      if (p.phase === 'saving') lastSaved = p.done;
    });
    expect(made.bytes).toBeGreaterThan(BACKUP_CHUNK_BYTES);
    expect(lastSaved).toBe(made.bytes);
    expect([...phases]).toEqual(['reading', 'saving']);
    expect(calls.filter((c) => c === 'appendBackup').length).toBe(Math.ceil(made.bytes / BACKUP_CHUNK_BYTES));
    expect(await (await readStoredBackup(made.name)).text()).toBe(await (await exportDatabase(db)).text());
    db.close();
    // 400 agreements in fake-indexeddb: several seconds on a busy 2-core machine.
  }, 90_000);

  it('two backups started together both land, each whole and under its own name', async () => {
    const db = await bigLibrary(20);
    const [a, b] = await Promise.all([createBackup('manual', db), createBackup('daily', db)]);
    expect(a.name).not.toBe(b.name);
    expect((await listBackups()).map((x) => x.name).sort()).toEqual([a.name, b.name].sort());
    expect(readdirSync(folder).filter((n) => n.startsWith('.'))).toEqual([]);
    db.close();
  });

  it('a damaged backup is refused before any safety copy is taken, and the library is unchanged', async () => {
    const db = await bigLibrary(20);
    const good = await createBackup('manual', db);
    const damaged = 'common-ground-20270101T000000000Z-manual.json';
    writeFileSync(join(folder, damaged), '{"formatName":"dexie","data":{"databaseVersion":5,');
    const before = await dump(db);
    const files = readdirSync(folder).sort();
    calls.length = 0;
    for (let i = 0; i < 3; i += 1) await expect(restoreNamedBackup(damaged, db)).rejects.toThrow(/damaged/);
    expect(readdirSync(folder).sort()).toEqual(files);
    expect(await dump(db)).toBe(before);
    expect(calls).not.toContain('beginBackup');
    // A good backup still restores, taking one safety copy of what was there.
    calls.length = 0;
    await restoreNamedBackup(good.name, db);
    expect(calls.filter((c) => c === 'beginBackup')).toHaveLength(1);
    expect((await listBackups()).filter((b) => b.reason === 'before-restore')).toHaveLength(1);
    db.close();
  });
});

describe('the backup file format', () => {
  it('is the file dexie-export-import itself writes, row for row (its importer and older backups stay compatible)', async () => {
    const { exportDB } = await import('dexie-export-import');
    const db = freshDb();
    await importLibraryText(JSON.stringify(libraryFile(Array.from({ length: 45 }, (_, i) => draftVersion(i + 1)))), db);
    const skip = ['backtestTables', 'libraryRows'];
    const ours = await exportDatabase(db);
    const theirs = await exportDB(db, { skipTables: skip });
    // Typeson marks arrays from fake-indexeddb's structured clone ("arrayNonindexKeys"); Chromium's arrays carry no such mark.
    const withoutTypes = (text: string) => JSON.stringify(JSON.parse(text, (key, value: unknown) => (key === '$types' ? undefined : value)));
    expect(withoutTypes(await ours.text())).toBe(withoutTypes(await theirs.text()));
    // And the importer reads both into the same library.
    const [a, b] = [freshDb(), freshDb()];
    await restoreBackup(ours, a);
    await restoreBackup(theirs, b);
    expect(await dump(a)).toBe(await dump(b));
    expect(await dump(a)).toBe(await dump(db));
    for (const d of [db, a, b]) d.close();
  });
});

describe('interrupted restores', () => {
  it('leave no scratch database behind after the next start', async () => {
    const { default: Dexie } = await import('dexie');
    const { removeLeftoverScratchDatabases } = await import('../../../../renderer/src/db/repositories/backup');
    const leftover = new Dexie('common-ground-restore-left-by-a-crash');
    leftover.version(1).stores({ versions: 'id' });
    await leftover.table('versions').put({ id: 'x' });
    leftover.close();
    expect(await Dexie.getDatabaseNames()).toContain('common-ground-restore-left-by-a-crash');
    expect(await removeLeftoverScratchDatabases()).toEqual(['common-ground-restore-left-by-a-crash']);
    const names = await Dexie.getDatabaseNames();
    expect(names.filter((n) => n.startsWith('common-ground-restore-'))).toEqual([]);
    expect(names.some((n) => n.startsWith('cg-test-'))).toBe(true);
  });
});

describe('hostile backup files in the backups folder', () => {
  /** Each is refused with a clear message; the library and the backups folder stay exactly as they were. */
  const hostile: [string, (good: string) => string, RegExp][] = [
    ['cut short', (good) => good.slice(0, good.length - 300), /damaged/],
    ['empty', () => '', /damaged/],
    ['not JSON at all', () => 'PK\u0003\u0004 this is a zip', /damaged/],
    ['another program’s JSON', () => JSON.stringify({ formatName: 'other', data: {} }), /not a Common Ground backup|damaged/],
    ['from a newer app', (good) => good.replace(/"databaseVersion":\d+/, '"databaseVersion":99'), /newer version of Common Ground/],
    ['a row count that lies', (good) => good.replace(/"name":"versions","schema":"([^"]*)","rowCount":\d+/, '"name":"versions","schema":"$1","rowCount":9999'), /incomplete/],
    ['a workshop of the wrong shape', (good) => good.replace('"parkingLot":[]', '"parkingLot":"not a list"'), /workshop #\d+ is not valid/],
    ['a 5 MB title', (good) => good.replace(/"title":"[^"]*"/, `"title":"${'x'.repeat(5_000_000)}"`), /not valid/],
  ];

  it.each(hostile)('refuses a backup that is %s, changing nothing', async (_what, damage, message) => {
    const db = await bigLibrary(5);
    const good = await createBackup('manual', db);
    const text = await (await readStoredBackup(good.name)).text();
    const name = 'common-ground-20270101T000000000Z-manual.json';
    writeFileSync(join(folder, name), damage(text));
    const files = readdirSync(folder).sort();
    const before = await dump(db);
    await expect(restoreNamedBackup(name, db)).rejects.toThrow(message);
    expect(readdirSync(folder).sort()).toEqual(files);
    expect(await dump(db)).toBe(before);
    db.close();
  });
});
