import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveVersion, filterChoices, queryLibrary, versionsOfAgreement, type LibraryQuery } from '../../../../renderer/src/db/repositories/library';
import { deleteDraft, restoreDeletedDraft } from '../../../../renderer/src/db/repositories/drafts';
import { importAgreementText, importLibraryText } from '../../../../renderer/src/db/repositories/import';
import type { CommonGroundDb } from '../../../../renderer/src/db/database';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import { draftVersion, libraryFile, signedFile } from './fixtures';
import { dump, freshDb } from './db-helpers';

const N = 600;
const base: LibraryQuery = { text: '', status: '', quarter: '', organisation: '', sort: 'updated-desc', page: 0, pageSize: 25 };
let db: CommonGroundDb;
let all: AgreementVersion[];

beforeAll(async () => {
  db = freshDb();
  all = Array.from({ length: N }, (_, i) => draftVersion(i, i % 5 === 0 ? { status: 'signing' } : {}, i === 77 ? 'Zebra Unique Holdings' : `Org ${i % 7}`));
  await importLibraryText(JSON.stringify(libraryFile(all)), db);
  await importAgreementText(JSON.stringify(signedFile()), db);
});
afterAll(() => db.close());

/** The same query answered the slow, obvious way, to check the indexed plan against. */
function reference(q: LibraryQuery, rows: AgreementVersion[]): string[] {
  return rows
    .filter((v) => (!q.status || v.status === q.status) && (!q.quarter || v.content.quarter === q.quarter) && (!q.organisation || v.content.organisation === q.organisation))
    .sort((a, b) => (q.sort === 'updated-asc' ? a.updatedAt.localeCompare(b.updatedAt) : b.updatedAt.localeCompare(a.updatedAt)))
    .map((v) => v.id);
}

describe('queryLibrary', () => {
  it('pages newest first with an index count', async () => {
    const first = await queryLibrary(base, db);
    expect(first.rows).toHaveLength(25);
    expect(first.total).toBe(N + 1);
    expect(first.hasMore).toBe(true);
    expect(first.rows[0]!.updatedAt >= first.rows[1]!.updatedAt).toBe(true);
  });

  it.each([
    { status: 'signing' as const },
    { quarter: '2027-Q2' },
    { organisation: 'Org 3' },
    { organisation: 'Org 3', quarter: '2027-Q2', status: 'draft' as const },
    { status: 'draft' as const, sort: 'updated-asc' as const },
  ])('filters %o the same way a full scan would, page by page', async (filter) => {
    const q = { ...base, ...filter };
    const drafts = all.filter(() => true);
    const expected = reference(q, drafts);
    const got: string[] = [];
    for (let page = 0; ; page += 1) {
      const result = await queryLibrary({ ...q, page }, db);
      got.push(...result.rows.map((r) => r.versionId));
      if (!result.hasMore) break;
    }
    expect(got).toEqual(expected);
  });

  it('searches by word prefix and intersects terms', async () => {
    expect((await queryLibrary({ ...base, text: 'zebr' }, db)).rows.map((r) => r.versionId)).toEqual(['ver-77']);
    expect((await queryLibrary({ ...base, text: 'zebra holdings' }, db)).rows.map((r) => r.versionId)).toEqual(['ver-77']);
    expect((await queryLibrary({ ...base, text: 'zebra northwind' }, db)).rows).toEqual([]);
    expect((await queryLibrary({ ...base, text: 'maya fisch' }, db)).rows.map((r) => r.organisation)).toEqual(['Northwind Analytics']);
  });

  it('combines a broad search with filters and sorts by organisation', async () => {
    const result = await queryLibrary({ ...base, text: 'agreement', organisation: 'Org 2', sort: 'organisation', pageSize: 500 }, db);
    expect(result.rows.length).toBe(all.filter((v) => v.content.organisation === 'Org 2').length);
    expect(result.rows.every((r) => r.organisation === 'Org 2')).toBe(true);
  });

  it('lists distinct organisations and quarters from the indexes', async () => {
    const choices = await filterChoices(db);
    expect(choices.organisations).toContain('Zebra Unique Holdings');
    expect(choices.quarters[0]).toBe('2027-Q4');
  });
});

describe('delete, undo and archive', () => {
  it('deletes a draft with its workshop and search row, and Undo restores it exactly (the audit trail records both)', async () => {
    const withoutAudit = async () => dump(db).then((text) => JSON.stringify({ ...JSON.parse(text), auditEvents: undefined }));
    const before = await withoutAudit();
    const deleted = await deleteDraft('ver-3', db);
    expect(await db.versions.get('ver-3')).toBeUndefined();
    expect(await db.workshops.where('versionId').equals('ver-3').count()).toBe(0);
    expect(await db.search.get('ver-3')).toBeUndefined();
    await restoreDeletedDraft(deleted, db);
    expect(await withoutAudit()).toBe(before);
    expect((await db.auditEvents.where('versionId').equals('ver-3').toArray()).map((e) => e.kind).sort()).toEqual(['deleted', 'restored']);
  });

  it('never deletes a signed version, and archives it only when asked', async () => {
    const id = signedFile().version.id;
    const before = await dump(db);
    await expect(deleteDraft(id, db)).rejects.toThrow(/Only drafts can be deleted/);
    expect(await dump(db)).toBe(before);
    await expect(archiveVersion('ver-1', db)).rejects.toThrow(/Only signed or superseded/);
    await archiveVersion(id, db);
    const archived = await db.versions.get(id);
    expect(archived?.status).toBe('archived');
    expect(archived?.content).toEqual(signedFile().version.content);
  });

  it('lists an agreement’s versions oldest first', async () => {
    const v2 = { ...draftVersion(1000), id: 'ver-77-b', agreementId: 'agr-77', version: 2, workshopId: null };
    await importLibraryText(JSON.stringify(libraryFile([v2])), db);
    expect((await versionsOfAgreement('agr-77', db)).map((v) => v.version)).toEqual([1, 2]);
  });
});
