import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommonGroundDb } from '../../../../renderer/src/db/database';
import { loadAuditChain, recordAuditEvent } from '../../../../renderer/src/db/repositories/audit';
import { deleteDraft, restoreDeletedDraft } from '../../../../renderer/src/db/repositories/drafts';
import { createWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import { verifyAuditChain } from '../../../../shared/rules/audit-chain';
import { freshDb, input, workshopWithBacktest } from './helpers';

let db: CommonGroundDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

/** Version 1 (draft) and version 2 (started from it) of one agreement, each with events. */
async function twoVersions() {
  const first = await workshopWithBacktest(db, 'Acme');
  await recordAuditEvent(db, { agreementId: first.agreementId, versionId: first.versionId, kind: 'edited', actor: 'Riley' });
  const second = await createWorkshop(input('Acme', '2027-Q2'), { kind: 'version', versionId: first.versionId }, db);
  await recordAuditEvent(db, { agreementId: second.agreementId, versionId: second.versionId, kind: 'edited', actor: 'Riley' });
  return { first, second };
}

describe('deleteDraft keeps the audit chain whole', () => {
  it('keeps the deleted draft’s events and appends a deleted event, so the chain still verifies', async () => {
    const { first } = await twoVersions();
    const before = await loadAuditChain(first.agreementId, db);
    await deleteDraft(first.versionId, db);
    const after = await loadAuditChain(first.agreementId, db);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.map((e) => e.kind)).toEqual(['created', 'edited', 'created', 'edited', 'deleted']);
    expect(after.at(-1)?.versionId).toBe(first.versionId);
    expect(verifyAuditChain(after)).toEqual({ ok: true });
  });

  it('Undo brings the draft, its workshop and backtest rows back and appends a restored event', async () => {
    const { first } = await twoVersions();
    const version = await db.versions.get(first.versionId);
    const deleted = await deleteDraft(first.versionId, db);
    await restoreDeletedDraft(deleted, db);
    await restoreDeletedDraft(deleted, db); // a second click on Undo changes nothing
    expect(await db.versions.get(first.versionId)).toEqual(version);
    expect(await db.workshops.get(first.id)).toEqual(first);
    expect(await db.libraryRows.get(first.versionId)).toBeDefined();
    expect(Array.from((await db.backtestTables.get(first.id))!.table.won)).toEqual([1, 0, 1]);
    expect(await db.backtestMappings.get(first.id)).toBeDefined();
    const chain = await loadAuditChain(first.agreementId, db);
    expect(chain.map((e) => e.kind).slice(-2)).toEqual(['deleted', 'restored']);
    expect(verifyAuditChain(chain)).toEqual({ ok: true });
  });
});

describe('deleteDraft removes the backtest rows it orphans', () => {
  it('deletes the draft workshop’s mapping and leads, and leaves other workshops’ rows alone', async () => {
    const gone = await workshopWithBacktest(db, 'Gone');
    const kept = await workshopWithBacktest(db, 'Kept');
    await deleteDraft(gone.versionId, db);
    expect(await db.backtestMappings.get(gone.id)).toBeUndefined();
    expect(await db.backtestTables.get(gone.id)).toBeUndefined();
    expect(await db.backtestMappings.get(kept.id)).toBeDefined();
    expect(await db.backtestTables.get(kept.id)).toBeDefined();
  });

  it('keeps backtest rows of a workshop another version of the agreement still points at', async () => {
    const { first, second } = await twoVersions();
    // An older version that shares the draft's workshop (as versions imported from an old library may).
    const shared = await db.versions.get(second.versionId);
    await db.versions.put({ ...shared!, id: 'ver-sharing', version: 9, workshopId: first.id });
    await deleteDraft(first.versionId, db);
    expect(await db.backtestTables.get(first.id)).toBeDefined();
    expect(await db.backtestMappings.get(first.id)).toBeDefined();
  });
});
