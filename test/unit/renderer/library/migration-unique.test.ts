import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DB_VERSION, openDatabase } from '../../../../renderer/src/db/database';
import { libraryEntryOf, searchRowOf } from '../../../../shared/rules/library-rows';
import { importAgreementText } from '../../../../renderer/src/db/repositories/import';
import { readVersionIntegrity } from '../../../../renderer/src/db/repositories/integrity';
import { trailProblems } from '../../../../shared/rules/integrity';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { AuditEvent } from '../../../../shared/model/audit';
import { draftVersion, signedFile, workshopFor } from './fixtures';
import { freshDb } from './db-helpers';

/** The stores exactly as schema v5 declared them: [agreementId+version] indexed, not unique. */
function openV5(name: string): Dexie {
  const v5 = new Dexie(name);
  v5.version(5).stores({
    workshops: 'id, agreementId, versionId, updatedAt',
    versions: 'id, agreementId, [agreementId+version], status, content.organisation, content.quarter, updatedAt, [status+updatedAt], [content.organisation+updatedAt], [content.quarter+updatedAt]',
    auditEvents: 'id, agreementId, versionId, at',
    settings: 'key',
    search: 'versionId, *words',
    reviews: 'versionId, agreementId, organisation, quarter',
    backtestMappings: 'workshopId',
    backtestTables: 'workshopId',
    libraryRows: 'versionId, *words, recency, organisation, quarter, [status+recency], [organisation+recency], [quarter+recency]',
  });
  return v5;
}

/** The real signed version as the app stores it after an import: the version and its 'imported' event. */
async function importedSigned(): Promise<{ version: AgreementVersion; events: AuditEvent[] }> {
  const scratch = freshDb();
  const version = await importAgreementText(JSON.stringify(signedFile()), scratch);
  const events = await scratch.auditEvents.toArray();
  scratch.close();
  return { version, events };
}

async function seedV5(name: string, versions: AgreementVersion[], events: AuditEvent[]): Promise<void> {
  const v5 = openV5(name);
  await v5.table('versions').bulkAdd(versions);
  await v5.table('libraryRows').bulkAdd(versions.map(libraryEntryOf));
  await v5.table('search').bulkAdd(versions.map(searchRowOf));
  await v5.table('workshops').bulkAdd(versions.filter((v) => v.workshopId).map(workshopFor));
  await v5.table('auditEvents').bulkAdd(events);
  v5.close();
}

describe('upgrade to one record per agreement version (schema v6 + v7)', () => {
  it('keeps every record; the one the audit trail belongs to keeps its number, each second copy gets the next free one, with an audit event', async () => {
    const name = `cg-unique-${Math.random().toString(36).slice(2)}`;
    const { version: real, events } = await importedSigned();
    // The case: a second "signed version 1" with another id, added by the old library import (no events of its own; older, to show age does not decide).
    const copy: AgreementVersion = { ...real, id: 'ver-northwind-copy', workshopId: null, createdAt: '2020-01-01T00:00:00.000Z' };
    // Two drafts of one agreement's version 1 with no trail at all, and a version 2 already taken.
    const draftA = draftVersion(1);
    const draftB = draftVersion(1, { id: 'ver-1-b', workshopId: 'ws-1-b' });
    const draftV2 = draftVersion(1, { id: 'ver-1-v2', version: 2, workshopId: 'ws-1-v2' });
    // A signed record and an older draft of one version, no trail: the signed one keeps the number.
    const olderDraft = draftVersion(7, { id: 'ver-7-draft', createdAt: '2020-01-01T00:00:00.000Z' });
    const signed7: AgreementVersion = { ...real, id: 'ver-7-signed', agreementId: 'agr-7', workshopId: null };
    const all = [real, copy, draftA, draftB, draftV2, olderDraft, signed7];
    await seedV5(name, all, events);

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    // Nothing lost: every record is still there, untouched but for its number.
    expect(await db.versions.count()).toBe(all.length);
    const numberOf = async (id: string) => (await db.versions.get(id))!.version;
    expect(await numberOf(real.id)).toBe(1);
    expect(await numberOf(copy.id)).toBe(2);
    expect(await numberOf(draftA.id)).toBe(1);
    expect(await numberOf(draftV2.id)).toBe(2);
    expect(await numberOf(draftB.id)).toBe(3);
    expect(await numberOf(signed7.id)).toBe(1);
    expect(await numberOf(olderDraft.id)).toBe(2);
    expect(await db.versions.get(copy.id)).toEqual({ ...copy, version: 2 });
    // The library and search rows follow the new numbers.
    expect((await db.libraryRows.get(copy.id))!.version).toBe(2);
    expect((await db.libraryRows.get(draftB.id))!.version).toBe(3);
    expect(await db.search.get(draftB.id)).toEqual(searchRowOf({ ...draftB, version: 3 }));

    // One event per renumbered record, appended to its agreement's trail, which still verifies.
    const trail = await db.auditEvents.where('agreementId').equals(real.agreementId).toArray();
    expect(trail).toHaveLength(events.length + 1);
    expect(trailProblems(trail)).toEqual([]);
    const moved = trail.find((e) => e.versionId === copy.id)!;
    expect(moved.kind).toBe('edited');
    expect(moved.detail).toMatch(/record ver-northwind-copy \(signed\) was a second version 1 of this agreement beside record ver-northwind-2027q1-v1 \(signed\), which keeps the number\. It is now version 2/);
    expect(await db.auditEvents.where('versionId').anyOf([draftB.id, olderDraft.id]).count()).toBe(2);
    expect(await readVersionIntegrity(real.id, db)).toEqual([]);

    // From now on the database itself refuses a second record of a version.
    await expect(db.versions.add({ ...copy, id: 'ver-third', version: 1 })).rejects.toThrow(/ConstraintError|constraint/i);
    expect(await db.versions.count()).toBe(all.length);
    db.close();
  });

  it('changes nothing in a database without second copies', async () => {
    const name = `cg-unique-clean-${Math.random().toString(36).slice(2)}`;
    const { version: real, events } = await importedSigned();
    const versions = [real, draftVersion(1), draftVersion(2)];
    await seedV5(name, versions, events);
    const db = openDatabase(name);
    await db.open();
    expect(await db.versions.toArray()).toEqual(expect.arrayContaining(versions));
    expect(await db.auditEvents.count()).toBe(events.length);
    db.close();
  });
});
