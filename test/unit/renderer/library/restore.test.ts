import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDatabase, restoreBackup, blobToBase64, base64ToBlob } from '../../../../renderer/src/db/repositories/backup';
import { deleteDraft } from '../../../../renderer/src/db/repositories/drafts';
import { importAgreementText, importLibraryText } from '../../../../renderer/src/db/repositories/import';
import type { CommonGroundDb } from '../../../../renderer/src/db/database';
import { draftVersion, libraryFile, signedFile } from './fixtures';
import { dump, freshDb } from './db-helpers';

let db: CommonGroundDb;
beforeEach(async () => {
  db = freshDb();
  await importLibraryText(JSON.stringify(libraryFile([draftVersion(1), draftVersion(2, {}, 'Litware')])), db);
  await importAgreementText(JSON.stringify(signedFile()), db);
});
afterEach(() => db.close());

async function exportJson(): Promise<{ formatName: string; data: { databaseVersion: number; data: { tableName: string; rows: Record<string, unknown>[] }[] } }> {
  return JSON.parse(await (await exportDatabase(db)).text());
}
const blobOf = (value: unknown) => new Blob([JSON.stringify(value)], { type: 'application/json' });

describe('restoreBackup', () => {
  it('brings back a deleted workshop and everything else exactly', async () => {
    const backup = await exportDatabase(db);
    const before = await dump(db);
    await deleteDraft('ver-2', db);
    expect(await dump(db)).not.toBe(before);
    expect(await restoreBackup(backup, db)).toEqual({ versions: 3 });
    expect(await dump(db)).toBe(before);
  });

  it('survives the base64 trip to the main process and back', async () => {
    const backup = await exportDatabase(db);
    const again = base64ToBlob(await blobToBase64(backup));
    expect(await again.text()).toBe(await backup.text());
  });

  it('leaves the data untouched when the backup is truncated', async () => {
    const text = await (await exportDatabase(db)).text();
    await deleteDraft('ver-1', db);
    const before = await dump(db);
    await expect(restoreBackup(new Blob([text.slice(0, text.length - 200)]), db)).rejects.toThrow(/damaged|could not be read/);
    expect(await dump(db)).toBe(before);
  });

  it('refuses a backup from a newer database version', async () => {
    const json = await exportJson();
    json.data.databaseVersion = 99;
    const before = await dump(db);
    await expect(restoreBackup(blobOf(json), db)).rejects.toThrow(/newer version of Common Ground/);
    expect(await dump(db)).toBe(before);
  });

  it('refuses a backup whose signed agreement was edited, after checking it in a scratch database', async () => {
    const json = await exportJson();
    const versions = json.data.data.find((t) => t.tableName === 'versions')!;
    const signed = versions.rows.find((r) => r.status === 'signed')! as { content: { title: string } };
    signed.content.title = 'Quietly changed';
    await deleteDraft('ver-1', db);
    const before = await dump(db);
    await expect(restoreBackup(blobOf(json), db)).rejects.toThrow(/does not match its content hash/);
    expect(await dump(db)).toBe(before);
  });

  it('refuses rows of the wrong shape', async () => {
    const json = await exportJson();
    const workshops = json.data.data.find((t) => t.tableName === 'workshops')!;
    workshops.rows[0]!.parkingLot = 'not a list';
    const before = await dump(db);
    await expect(restoreBackup(blobOf(json), db)).rejects.toThrow(/workshop #1 is not valid/);
    expect(await dump(db)).toBe(before);
  });
});
