import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KEEP_BACKUPS, KEEP_SAFETY_COPIES, appendBackup, backupFolder, beginBackup, finishBackup, listBackups, readBackup, rotateBackups, writeBackup } from '../../../electron/main/services/backups';
import { createBackupHandlers } from '../../../electron/main/handlers/backups';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { Handlers } from '../../../electron/main/handlers/types';
import type { ServiceDeps } from '../../../electron/main/services/deps';

let dataFolder: string;
beforeEach(() => {
  dataFolder = mkdtempSync(join(tmpdir(), 'cg-backups-'));
});
afterEach(() => rmSync(dataFolder, { recursive: true, force: true }));

const bytes = (text: string) => Buffer.from(text, 'utf8');
const day = (n: number) => new Date(Date.UTC(2027, 0, 1) + n * 86_400_000);

describe('backup files', () => {
  it('writes atomically into <data folder>/backups and reads back the same bytes', async () => {
    const info = await writeBackup(dataFolder, bytes('{"formatName":"dexie"}'), 'manual', day(0));
    expect(info).toMatchObject({ reason: 'manual', bytes: 22, createdAt: '2027-01-01T00:00:00.000Z' });
    expect(info.name).toBe('common-ground-20270101T000000000Z-manual.json');
    expect((await readBackup(dataFolder, info.name)).toString()).toBe('{"formatName":"dexie"}');
    expect(readdirSync(backupFolder(dataFolder)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it(`keeps only the newest ${KEEP_BACKUPS}, newest first`, async () => {
    for (let i = 0; i < 20; i += 1) await writeBackup(dataFolder, bytes(`backup ${i}`), 'daily', day(i));
    const kept = await listBackups(dataFolder);
    expect(kept).toHaveLength(KEEP_BACKUPS);
    expect(kept[0]!.createdAt).toBe(day(19).toISOString());
    expect(kept.at(-1)!.createdAt).toBe(day(6).toISOString());
    expect((await readBackup(dataFolder, kept.at(-1)!.name)).toString()).toBe('backup 6');
  });

  it('gives two backups in the same millisecond different names', async () => {
    const a = await writeBackup(dataFolder, bytes('a'), 'manual', day(1));
    const b = await writeBackup(dataFolder, bytes('b'), 'manual', day(1));
    expect(a.name).not.toBe(b.name);
    expect(await listBackups(dataFolder)).toHaveLength(2);
  });

  it('ignores files it did not write and never rotates them away', async () => {
    mkdirSync(backupFolder(dataFolder), { recursive: true });
    writeFileSync(join(backupFolder(dataFolder), 'my-notes.txt'), 'keep me');
    for (let i = 0; i < 16; i += 1) await writeBackup(dataFolder, bytes('x'), 'daily', day(i));
    expect(await rotateBackups(dataFolder)).toEqual([]);
    expect(readdirSync(backupFolder(dataFolder))).toContain('my-notes.txt');
  });

  it('says what each backup holds, read from its header; a file without one says so', async () => {
    const header = {
      formatName: 'dexie',
      formatVersion: 1,
      data: {
        databaseName: 'common-ground',
        databaseVersion: 7,
        tables: [
          { name: 'workshops', schema: 'id,agreementId,versionId,updatedAt', rowCount: 36 },
          { name: 'versions', schema: 'id,agreementId,&[agreementId+version],status,content.organisation', rowCount: 1204 },
        ],
        data: [{ tableName: 'workshops', inbound: true, rows: [{ id: 'w1', name: '"versions","schema":"x","rowCount":9' }] }],
      },
    };
    const info = await writeBackup(dataFolder, bytes(JSON.stringify(header)), 'manual', day(0));
    expect(info.contents).toEqual({ versions: 1204, workshops: 36 });
    await writeBackup(dataFolder, bytes('not a backup'), 'manual', day(1));
    expect((await listBackups(dataFolder)).map((b) => b.contents)).toEqual([null, { versions: 1204, workshops: 36 }]);
  });

  it('returns an empty list before the first backup', async () => {
    expect(await listBackups(dataFolder)).toEqual([]);
  });

  it('refuses names that are not backups or try to leave the folder', async () => {
    for (const name of ['../../etc/passwd', 'common-ground-20270101T000000000Z-manual.json/../x', '/abs/path.json', 'notes.txt']) {
      await expect(readBackup(dataFolder, name)).rejects.toThrow(/not the name of a Common Ground backup/);
    }
    await expect(readBackup(dataFolder, 'common-ground-20270101T000000000Z-manual.json')).rejects.toThrow(/no longer exists/);
  });

  it('refuses bad input at the IPC boundary before it reaches the disk', async () => {
    const deps = { dataFolder } as ServiceDeps;
    const handlers = createBackupHandlers(deps) as unknown as Handlers;
    expect(await dispatch(handlers, 'readBackupChunk', { name: '../secrets.json', offset: 0 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await dispatch(handlers, 'beginBackup', { reason: 'whenever' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const begun = await dispatch(handlers, 'beginBackup', { reason: 'daily' });
    const uploadId = (begun as { ok: true; data: { uploadId: string } }).data.uploadId;
    for (const base64 of ['not base64!', 'eA=', 'e===', '']) {
      expect(await dispatch(handlers, 'appendBackup', { uploadId, offset: 0, base64 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect(await dispatch(handlers, 'appendBackup', { uploadId, offset: 0, base64: Buffer.from('hel').toString('base64') })).toMatchObject({ ok: true, data: { bytes: 3 } });
    expect(await dispatch(handlers, 'appendBackup', { uploadId, offset: 0, base64: Buffer.from('lo').toString('base64') })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await dispatch(handlers, 'appendBackup', { uploadId, offset: 3, base64: Buffer.from('lo').toString('base64') })).toMatchObject({ ok: true, data: { bytes: 5 } });
    const written = await dispatch(handlers, 'finishBackup', { uploadId, bytes: 5 });
    expect(written).toMatchObject({ ok: true, data: { reason: 'daily', bytes: 5 } });
    const listed = await dispatch(handlers, 'listBackups', {});
    const [only] = (listed as { ok: true; data: { name: string }[] }).data;
    expect(readFileSync(join(backupFolder(dataFolder), only!.name), 'utf8')).toBe('hello');
    expect(await dispatch(handlers, 'readBackupChunk', { name: only!.name, offset: 0 })).toEqual({ ok: true, data: { base64: Buffer.from('hello').toString('base64'), bytes: 5 } });
    expect(await dispatch(handlers, 'finishBackup', { uploadId, bytes: 5 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('streamed backups', () => {
  const folderFiles = () => readdirSync(backupFolder(dataFolder)).sort();

  it('never mixes up concurrent backups: every reported success is on disk with its own content', async () => {
    const made = await Promise.all(Array.from({ length: 12 }, (_, i) => writeBackup(dataFolder, bytes(`content of backup ${i}`), 'manual', day(1))));
    expect(new Set(made.map((m) => m.name)).size).toBe(12);
    for (const [i, info] of made.entries()) expect((await readBackup(dataFolder, info.name)).toString()).toBe(`content of backup ${i}`);
    expect(folderFiles().filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('keeps a backup larger than one piece whole', async () => {
    const big = Buffer.alloc(9 * 1024 * 1024 + 7, 'abc');
    const info = await writeBackup(dataFolder, big, 'manual', day(2));
    expect((await readBackup(dataFolder, info.name)).equals(big)).toBe(true);
  });

  it('saves nothing when the pieces do not add up, and leaves no temporary file', async () => {
    const { uploadId } = await beginBackup(dataFolder, 'manual');
    await appendBackup(dataFolder, uploadId, 0, bytes('half'));
    await expect(finishBackup(dataFolder, uploadId, 10)).rejects.toThrow(/incomplete/);
    expect(folderFiles()).toEqual([]);
    expect(await listBackups(dataFolder)).toEqual([]);
  });

  it('removes temporary files an interrupted backup left behind once they are stale', async () => {
    mkdirSync(backupFolder(dataFolder), { recursive: true });
    const stale = join(backupFolder(dataFolder), `.upload-${'a'.repeat(32)}.part`);
    writeFileSync(stale, 'half a backup');
    utimesSync(stale, new Date(Date.now() - 60 * 60 * 1000), new Date(Date.now() - 60 * 60 * 1000));
    await writeBackup(dataFolder, bytes('x'), 'manual');
    expect(folderFiles().filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it(`keeps safety copies apart: ${KEEP_SAFETY_COPIES} of them never push out the ${KEEP_BACKUPS} daily backups`, async () => {
    for (let i = 0; i < KEEP_BACKUPS; i += 1) await writeBackup(dataFolder, bytes(`daily ${i}`), 'daily', day(i));
    for (let i = 0; i < 20; i += 1) await writeBackup(dataFolder, bytes(`before restore ${i}`), 'before-restore', day(30 + i));
    const kept = await listBackups(dataFolder);
    expect(kept.filter((b) => b.reason === 'daily')).toHaveLength(KEEP_BACKUPS);
    expect(kept.filter((b) => b.reason === 'before-restore')).toHaveLength(KEEP_SAFETY_COPIES);
  });
});

describe('files crossing the bridge', () => {
  it('refuses a saveFile whose contents are not base64 before anything is written', async () => {
    const { dispatch: send } = await import('../../../electron/main/ipc/dispatch');
    const { createHandlers } = await import('../../../electron/main/handlers');
    const { createHarnessDeps } = await import('../../../electron/web/harness-deps');
    const deps = await createHarnessDeps(dataFolder);
    const before = readdirSync(join(dataFolder, 'downloads'));
    for (const base64 of ['not base64 at all!', 'abc', 'YQ===', 'YW\nJj']) {
      expect(await send(createHandlers(deps), 'saveFile', { suggestedName: 'x.pdf', base64 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/not valid base64/) } });
    }
    expect(readdirSync(join(dataFolder, 'downloads'))).toEqual(before);
  });

  it('answers an unexpected failure in plain words, without the path Node put in its message', async () => {
    const failing = { listBackups: async () => Promise.reject(Object.assign(new Error(`EACCES: permission denied, scandir '${dataFolder}/backups'`), { code: 'EACCES' })) } as unknown as Handlers;
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await dispatch(failing, 'listBackups', {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.not.stringContaining(dataFolder) } });
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
