import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommonGroundDb } from '../../../../renderer/src/db/database';
import { exportLibraryText, importAgreementText, importLibraryText } from '../../../../renderer/src/db/repositories/import';
import { readVersionIntegrity } from '../../../../renderer/src/db/repositories/integrity';
import { recordAuditEvent } from '../../../../renderer/src/db/repositories/audit';
import { deleteDraft, restoreDeletedDraft } from '../../../../renderer/src/db/repositories/drafts';
import { createWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import { trailProblems } from '../../../../shared/rules/integrity';
import type { LibraryFile } from '../../../../shared/rules/import-file';
import { draftVersion, libraryFile, signedFile } from '../library/fixtures';
import { dump, freshDb } from '../library/db-helpers';

let db: CommonGroundDb;
const signed = signedFile().version;
beforeEach(async () => {
  db = freshDb();
  await importAgreementText(JSON.stringify(signedFile()), db);
});
afterEach(() => db.close());

/** A second "signed version 1": the real record under another id. */
const copyOfSigned = () => ({ ...signed, id: 'ver-northwind-second-copy', workshopId: null });

describe('[agreementId+version] is unique in every import path; a refusal changes nothing', () => {
  const refused = async (work: () => Promise<unknown>, message: RegExp) => {
    const before = await dump(db);
    await expect(work()).rejects.toThrow(message);
    expect(await dump(db)).toBe(before);
  };

  it('library import: a copy of a stored version under another id (the issue’s case)', () =>
    refused(
      () => importLibraryText(JSON.stringify(libraryFile([draftVersion(1), copyOfSigned()])), db),
      /^Your library already has Northwind Analytics 2027-Q1 version 1 \(signed\), and the file holds a different record of it; nothing was imported\.$/,
    ));

  it('library import: a file holding two records of one version', () =>
    refused(
      () => importLibraryText(JSON.stringify(libraryFile([draftVersion(1), draftVersion(1, { id: 'ver-1-again', workshopId: 'ws-again' })])), db),
      /^The file holds two different records of Org 1 2027-Q2 v1 \(ids "ver-1" and "ver-1-again"\), but an agreement has only one version 1; it may have been edited by hand\.$/,
    ));

  it('single agreement import: a copy under another id', () => {
    const file = { ...signedFile(), version: copyOfSigned() };
    return refused(() => importAgreementText(JSON.stringify(file), db), /already has a version 1 of this agreement \(signed\); nothing was imported/);
  });

  it('importing the same library twice still adds nothing the second time', async () => {
    const text = await exportLibraryText(db);
    const before = await dump(db);
    expect(await importLibraryText(text, db)).toEqual({ added: 0, skipped: 1 });
    expect(await dump(db)).toBe(before);
  });
});

describe('a library import merges audit trails only where they carry on', () => {
  it('adds the other library’s events when they continue this library’s trail', async () => {
    const other = freshDb();
    await importLibraryText(await exportLibraryText(db), other);
    await recordAuditEvent(other, { agreementId: signed.agreementId, versionId: signed.id, kind: 'exported', actor: 'Elena', detail: 'Sealed PDF saved' });
    await importLibraryText(await exportLibraryText(other), db);
    const trail = await db.auditEvents.where('agreementId').equals(signed.agreementId).toArray();
    expect(trail.map((e) => e.kind).sort()).toEqual(['exported', 'imported']);
    expect(trailProblems(trail)).toEqual([]);
    other.close();
  });

  it('leaves out a trail that went another way, and records the import of its new version on this one', async () => {
    const other = freshDb();
    await importLibraryText(await exportLibraryText(db), other);
    // Both libraries go on separately: an export here, a new quarter's draft there.
    await recordAuditEvent(db, { agreementId: signed.agreementId, versionId: signed.id, kind: 'exported', actor: 'Elena', detail: 'Sealed PDF saved' });
    const next = await createWorkshop({ organisation: 'Northwind Analytics', title: 'Q2', quarter: '2027-Q2', date: '2027-04-01' }, { kind: 'version', versionId: signed.id }, other);
    const file = JSON.parse(await exportLibraryText(other)) as LibraryFile;
    await importLibraryText(JSON.stringify(file), db);
    const trail = await db.auditEvents.where('agreementId').equals(signed.agreementId).toArray();
    expect(trailProblems(trail)).toEqual([]);
    expect(trail.map((e) => e.kind).sort()).toEqual(['exported', 'imported', 'imported']);
    expect(trail.find((e) => e.versionId === next.versionId)!.detail).toMatch(/audit trail for this agreement went another way than this library's; that trail was left out/);
    expect(await readVersionIntegrity(next.versionId, db)).toEqual([]);
    expect(await readVersionIntegrity(signed.id, db)).toEqual([]);
    other.close();
  });
});

describe('undoing a draft deletion after its number was given again', () => {
  it('brings the draft back under the next free number, and says so in the trail', async () => {
    const first = await createWorkshop({ organisation: 'Northwind Analytics', title: 'Q2', quarter: '2027-Q2', date: '2027-04-01' }, { kind: 'version', versionId: signed.id }, db);
    const deleted = await deleteDraft(first.versionId, db);
    const again = await createWorkshop({ organisation: 'Northwind Analytics', title: 'Q2 again', quarter: '2027-Q2', date: '2027-04-02' }, { kind: 'version', versionId: signed.id }, db);
    expect((await db.versions.get(again.versionId))!.version).toBe(2);
    await restoreDeletedDraft(deleted, db);
    expect((await db.versions.get(first.versionId))!.version).toBe(3);
    expect((await db.libraryRows.get(first.versionId))!.version).toBe(3);
    const restored = (await db.auditEvents.where('versionId').equals(first.versionId).toArray()).find((e) => e.kind === 'restored')!;
    expect(restored.detail).toBe('Deleted draft v2 restored (undo). Version 2 had been started again meanwhile, so it comes back as version 3.');
  });
});
