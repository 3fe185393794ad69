import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KEEP_BACKUPS, backupFolder, listBackups, readBackup, rotateBackups, writeBackup } from '../../../electron/main/services/backups';
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
    expect(await dispatch(handlers, 'readBackup', { name: '../secrets.json' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await dispatch(handlers, 'writeBackup', { base64: 'eA==', reason: 'whenever' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const written = await dispatch(handlers, 'writeBackup', { base64: Buffer.from('hello').toString('base64'), reason: 'daily' });
    expect(written).toMatchObject({ ok: true, data: { reason: 'daily', bytes: 5 } });
    const listed = await dispatch(handlers, 'listBackups', {});
    expect(listed.ok && (listed.data as { name: string }[]).length).toBe(1);
  });
});
