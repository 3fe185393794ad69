import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../../shared/model/agreement';
import { exportLibraryText, importAgreementText, importLibraryText } from '../../../../renderer/src/db/repositories/import';
import { createWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import type { CommonGroundDb } from '../../../../renderer/src/db/database';
import { draftVersion, libraryFile, signedFile } from './fixtures';
import { dump, freshDb } from './db-helpers';

let db: CommonGroundDb;
beforeEach(async () => {
  db = freshDb();
  await createWorkshop({ organisation: 'Existing Co', title: 'SLA', quarter: '2027-Q1', date: '2027-01-10' }, { kind: 'template' }, db);
});
afterEach(() => db.close());

const signedWithBadHash = () => {
  const f = signedFile();
  f.version.content.commitments.reasonCodes.push('Tampered');
  return JSON.stringify(f);
};
const fiftyMegabyteTitle = () => {
  const v = draftVersion(9);
  v.content.title = 'z'.repeat(50 * 1024 * 1024);
  return JSON.stringify(libraryFile([v]));
};

describe('hostile or malformed imports are refused and leave the database unchanged', () => {
  const library = (text: () => string, message: RegExp) => async () => {
    const before = await dump(db);
    await expect(importLibraryText(text(), db)).rejects.toThrow(message);
    expect(await dump(db)).toBe(before);
  };
  const agreement = (text: () => string, message: RegExp) => async () => {
    const before = await dump(db);
    await expect(importAgreementText(text(), db)).rejects.toThrow(message);
    expect(await dump(db)).toBe(before);
  };

  it('truncated JSON', library(() => JSON.stringify(libraryFile([draftVersion(1)])).slice(0, 500), /not valid JSON/));
  it('wrong types', library(() => JSON.stringify(libraryFile([{ ...draftVersion(1), status: 42 as never }])), /versions\.0\.status/));
  it('a 50 MB string', library(fiftyMegabyteTitle, /too long/));
  it('an unknown (newer) schema version', library(() => JSON.stringify({ ...libraryFile([draftVersion(1)]), schemaVersion: SCHEMA_VERSION + 5 }), /newer version/));
  it('duplicate ids', library(() => JSON.stringify(libraryFile([draftVersion(1), draftVersion(2), draftVersion(1)])), /twice/));
  it('a signed agreement whose content does not match its hash (library)', library(() => JSON.stringify(libraryFile([JSON.parse(signedWithBadHash()).version])), /content hash/));
  it('a signed agreement whose content does not match its hash (single file)', agreement(signedWithBadHash, /content hash/));
  it('a valid file after an invalid row: nothing half-applied', library(() => JSON.stringify(libraryFile([draftVersion(1), draftVersion(2), { ...draftVersion(3), version: 0 }])), /versions\.2\.version/));
});

describe('valid imports', () => {
  it('imports a library in one go, searchable, and re-importing skips what is already there', async () => {
    const file = JSON.stringify(libraryFile([draftVersion(1), draftVersion(2, {}, 'Fabrikam')]));
    expect(await importLibraryText(file, db)).toEqual({ added: 2, skipped: 0 });
    expect(await db.versions.count()).toBe(3);
    expect((await db.search.get('ver-2'))?.words).toContain('fabrikam');
    expect(await db.workshops.count()).toBe(3);
    const before = await dump(db);
    expect(await importLibraryText(file, db)).toEqual({ added: 0, skipped: 2 });
    expect(await dump(db)).toBe(before);
  });

  it('imports a single signed agreement once, then refuses it as a duplicate', async () => {
    const text = JSON.stringify(signedFile());
    const version = await importAgreementText(text, db);
    expect(version.status).toBe('signed');
    expect(version.workshopId).not.toBeNull();
    await expect(importAgreementText(text, db)).rejects.toThrow(/already in your library/);
  });

  it('round-trips: an export imported into an empty database gives the same rows', async () => {
    await importAgreementText(JSON.stringify(signedFile()), db);
    const text = await exportLibraryText(db);
    const other = freshDb();
    await importLibraryText(text, other);
    expect(await other.versions.count()).toBe(await db.versions.count());
    expect(await other.workshops.count()).toBe(await db.workshops.count());
    other.close();
  });
});
