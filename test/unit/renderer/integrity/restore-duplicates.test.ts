import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDatabase, restoreBackup } from '../../../../renderer/src/db/repositories/backup';
import { importAgreementText, importLibraryText } from '../../../../renderer/src/db/repositories/import';
import type { CommonGroundDb } from '../../../../renderer/src/db/database';
import { draftVersion, libraryFile, signedFile } from '../library/fixtures';
import { dump, freshDb } from '../library/db-helpers';

let db: CommonGroundDb;
beforeEach(async () => {
  db = freshDb();
  await importLibraryText(JSON.stringify(libraryFile([draftVersion(1)])), db);
  await importAgreementText(JSON.stringify(signedFile()), db);
});
afterEach(() => db.close());

type BackupJson = { data: { tables: { name: string; rowCount: number }[]; data: { tableName: string; rows: Record<string, unknown>[] }[] } };
const blobOf = (value: unknown) => new Blob([JSON.stringify(value)], { type: 'application/json' });

describe('restoring a backup with two records of one agreement version', () => {
  it('is refused with a plain message before the live data is touched', async () => {
    const json = JSON.parse(await (await exportDatabase(db)).text()) as BackupJson;
    const versions = json.data.data.find((t) => t.tableName === 'versions')!;
    const signed = versions.rows.find((r) => r.status === 'signed')!;
    versions.rows.push({ ...signed, id: 'ver-second-copy' });
    json.data.tables.find((t) => t.name === 'versions')!.rowCount += 1;
    const before = await dump(db);
    let safetyCopies = 0;
    const refusal = restoreBackup(blobOf(json), db, { beforeReplace: async () => void (safetyCopies += 1) });
    await expect(refusal).rejects.toThrow(/^This backup holds two records of the same agreement version .*so it was not restored.*Your library is unchanged\.$/);
    expect(await dump(db)).toBe(before);
    expect(safetyCopies).toBe(0);
  });
});
