import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DB_VERSION, openDatabase, type CommonGroundDb } from '../../../../renderer/src/db/database';
import { libraryEntryOf, searchRowOf } from '../../../../shared/rules/library-rows';
import { archiveVersion, queryLibrary, type LibraryQuery } from '../../../../renderer/src/db/repositories/library';
import { deleteDraft, restoreDeletedDraft } from '../../../../renderer/src/db/repositories/drafts';
import { importAgreementText, importLibraryText } from '../../../../renderer/src/db/repositories/import';
import { createSampleWorkshop, saveDraftContent } from '../../../../renderer/src/db/repositories/workshops';
import { addSignature, reviseVersion } from '../../../../renderer/src/db/repositories/signing';
import { exportDatabase, restoreBackup } from '../../../../renderer/src/db/repositories/backup';
import { contentHash } from '../../../../shared/rules/canonical';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { Signature } from '../../../../shared/model/signatures';
import { draftVersion, libraryFile, signedFile, workshopFor } from './fixtures';
import { freshDb } from './db-helpers';

/** The library and search rows must describe every stored version exactly, and nothing else. */
async function expectRowsInSync(db: CommonGroundDb): Promise<void> {
  const versions = await db.versions.toArray();
  expect(await db.libraryRows.toArray()).toEqual(versions.map((v) => libraryEntryOf(v)));
  expect(await db.search.toArray()).toEqual(versions.map(searchRowOf));
}

function signatureOf(version: AgreementVersion, participantId: string): Signature {
  const person = version.content.participants.find((p) => p.id === participantId)!;
  const at = new Date().toISOString();
  return { id: `sig-${participantId}`, participantId, name: person.name, title: person.title, team: person.team, method: 'typed', image: 'data:image/png;base64,iVBORw0KGgo=', consentText: 'I agree to sign electronically.', consentAt: at, signedAt: at, timeZone: 'Europe/Berlin', contentHash: contentHash(version.content) };
}

async function signFully(db: CommonGroundDb, versionId: string, participants: string[]): Promise<void> {
  const version = (await db.versions.get(versionId))!;
  for (const id of participants) await addSignature(versionId, signatureOf(version, id), db);
}

let db: CommonGroundDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('library rows follow every write of a version', () => {
  it('create, edit, sign, supersede, revise and archive', async () => {
    const workshop = await createSampleWorkshop(db);
    await expectRowsInSync(db);
    const draft = (await db.versions.get(workshop.versionId))!;
    await saveDraftContent(draft.id, { ...draft.content, title: 'Renamed agreement' }, db);
    expect((await db.libraryRows.get(draft.id))?.title).toBe('Renamed agreement');
    await signFully(db, draft.id, ['p-mary', 'p-sammy']);
    expect(await db.libraryRows.get(draft.id)).toMatchObject({ status: 'signed', signers: ['Mary Marketer', 'Sammy Sales'] });
    await expectRowsInSync(db);

    const { version: v2 } = await reviseVersion(draft.id, db);
    await signFully(db, v2.id, ['p-connie', 'p-victor']);
    expect((await db.libraryRows.get(draft.id))?.status).toBe('superseded');
    await archiveVersion(draft.id, db);
    expect((await db.libraryRows.get(draft.id))?.status).toBe('archived');
    await expectRowsInSync(db);
  });

  it('delete and undo, imports, and a backup restore', async () => {
    await importLibraryText(JSON.stringify(libraryFile([draftVersion(1), draftVersion(2, {}, 'Litware')])), db);
    await importAgreementText(JSON.stringify(signedFile()), db);
    await expectRowsInSync(db);
    const backup = await exportDatabase(db);
    const deleted = await deleteDraft('ver-2', db);
    expect(await db.libraryRows.get('ver-2')).toBeUndefined();
    await expectRowsInSync(db);
    await restoreDeletedDraft(deleted, db);
    await expectRowsInSync(db);
    await deleteDraft('ver-1', db);
    await restoreBackup(backup, db);
    expect(await db.libraryRows.count()).toBe(3);
    await expectRowsInSync(db);
  });

  it('pages from the slim rows alone, without reading a single full version', async () => {
    await importLibraryText(JSON.stringify(libraryFile(Array.from({ length: 30 }, (_, i) => draftVersion(i, i % 3 === 0 ? { status: 'signing' } : {})))), db);
    const read = { versions: 0 };
    db.versions.hook('reading', (row) => {
      read.versions += 1;
      return row;
    });
    const page = await queryLibrary({ text: 'agreement', status: 'signing', quarter: '', organisation: '', sort: 'updated-desc', page: 0, pageSize: 5 }, db);
    expect(page.rows).toHaveLength(5);
    expect(page.total).toBe(10);
    expect(page.rows.every((r) => r.status === 'signing')).toBe(true);
    expect(read.versions).toBe(0);
  });
});

/** The stores exactly as schema version 4 declared them. */
function openV4(name: string): Dexie {
  const v4 = new Dexie(name);
  v4.version(4).stores({
    workshops: 'id, agreementId, versionId, updatedAt',
    versions:
      'id, agreementId, [agreementId+version], status, content.organisation, content.quarter, updatedAt, [status+updatedAt], [content.organisation+updatedAt], [content.quarter+updatedAt]',
    auditEvents: 'id, agreementId, versionId, at',
    settings: 'key',
    search: 'versionId, *words',
    reviews: 'versionId, agreementId, organisation, quarter',
    backtestMappings: 'workshopId',
    backtestTables: 'workshopId',
  });
  return v4;
}

describe('search plans', () => {
  it('a broad search walking the sort index finds what the in-memory plan finds, for every filter and sort', async () => {
    const versions = Array.from({ length: 60 }, (_, i) => draftVersion(i, i % 4 === 0 ? { status: 'signing' } : {}, i % 5 === 0 ? 'Northwind Traders' : `Org ${i % 3}`));
    await importLibraryText(JSON.stringify(libraryFile(versions)), db);
    const queries: (Partial<LibraryQuery> & { text: string })[] = [
      { text: 'agreement' },
      { text: 'agreement north', status: 'signing' as const },
      { text: 'org 2', sort: 'organisation' as const },
      { text: 'agree', quarter: '2027-Q2', sort: 'updated-asc' as const },
      { text: 'nothing-like-this' },
    ];
    for (const partial of queries) {
      const q: LibraryQuery = { status: '', quarter: '', organisation: '', sort: 'updated-desc', page: 0, pageSize: 7, ...partial };
      const all = async (smallHitSet: number) => {
        const ids: string[] = [];
        for (let page = 0; ; page += 1) {
          const result = await queryLibrary({ ...q, page }, db, { smallHitSet });
          ids.push(...result.rows.map((r) => r.versionId));
          if (!result.hasMore) return ids;
        }
      };
      const inMemory = await all(2000);
      // Sorting by organisation breaks ties differently along the index; compare as sets there.
      const walked = await all(3);
      if (q.sort === 'organisation') expect(new Set(walked)).toEqual(new Set(inMemory));
      else expect(walked).toEqual(inMemory);
    }
    expect((await queryLibrary({ text: 'agreement north', status: 'signing', quarter: '', organisation: '', sort: 'updated-desc', page: 0, pageSize: 50 }, db)).rows.map((r) => r.versionId)).toEqual(['ver-40', 'ver-20', 'ver-0']);
  });
});

describe('migration from schema v4', () => {
  it('fills a library row for every stored version and keeps everything else', async () => {
    const name = `cg-migrate-v4-${Math.random().toString(36).slice(2)}`;
    const v4 = openV4(name);
    const signed = signedFile().version;
    const drafts = Array.from({ length: 12 }, (_, i) => draftVersion(i, {}, i === 4 ? 'Contoso Retail' : `Org ${i % 3}`));
    await v4.table('versions').bulkAdd([signed, ...drafts]);
    await v4.table('search').bulkAdd([signed, ...drafts].map(searchRowOf));
    await v4.table('workshops').add(workshopFor(drafts[0]!));
    v4.close();

    const migrated = openDatabase(name);
    await migrated.open();
    expect(migrated.verno).toBe(DB_VERSION);
    expect(await migrated.versions.count()).toBe(13);
    expect(await migrated.workshops.count()).toBe(1);
    expect(await migrated.libraryRows.get(signed.id)).toEqual({
      versionId: signed.id,
      agreementId: signed.agreementId,
      version: signed.version,
      status: signed.status,
      updatedAt: signed.updatedAt,
      recency: -Date.parse(signed.updatedAt),
      organisation: 'Northwind Analytics',
      quarter: signed.content.quarter,
      title: signed.content.title,
      signers: signed.signatures.map((s) => s.name),
      reviewDate: signed.content.commitments.reviewDate,
      words: searchRowOf(signed).words,
    });
    await expectRowsInSync(migrated);
    const page = await queryLibrary({ text: 'contoso', status: '', quarter: '', organisation: '', sort: 'updated-desc', page: 0, pageSize: 10 }, migrated);
    expect(page.rows.map((r) => r.versionId)).toEqual(['ver-4']);
    await migrated.delete();
  });
});
