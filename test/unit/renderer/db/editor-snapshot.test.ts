import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Transaction } from 'dexie';
import type { CommonGroundDb } from '../../../../renderer/src/db/database';
import { loadAuditChain } from '../../../../renderer/src/db/repositories/audit';
import { createWorkshop, saveEditorSnapshot, type EditorSnapshot } from '../../../../renderer/src/db/repositories/workshops';
import { verifyAuditChain } from '../../../../shared/rules/audit-chain';
import { dump, freshDb, input } from './helpers';

/*
 * Issue 20, "the flow of an export" (autosave): the content, its 'edited' events and the workshop
 * are one repository operation in one transaction, not three writes.
 */
let db: CommonGroundDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

async function edited(): Promise<EditorSnapshot> {
  const workshop = await createWorkshop(input('Acme'), { kind: 'template' }, db);
  const version = (await db.versions.get(workshop.versionId))!;
  return {
    workshop: { ...workshop, consents: [{ step: 'scoring', team: 'Sales', fist: 4, objection: '' }] },
    version: { ...version, content: { ...version.content, title: 'Edited' } },
    writeContent: true,
    writeWorkshop: true,
    editedSteps: ['participants'],
  };
}

/** The IndexedDB transactions the writes ran in (a Dexie sub-transaction shares its parent's). */
function transactionsOfWrites(): Set<IDBTransaction> {
  const seen = new Set<IDBTransaction>();
  const add = (t: Transaction) => void seen.add(t.idbtrans);
  for (const table of db.tables) {
    table.hook('creating', (_k, _r, t) => add(t));
    table.hook('updating', (_c, _k, _r, t) => add(t));
  }
  return seen;
}

describe('saveEditorSnapshot', () => {
  it('stores the content, its edited event, the workshop and its consent vote in one transaction', async () => {
    const snapshot = await edited();
    const transactions = transactionsOfWrites();
    const outcome = await saveEditorSnapshot(snapshot, db);
    expect(outcome).toEqual({ content: { status: 'stored' }, workshop: { status: 'stored' }, audited: ['participants'] });
    expect(transactions.size).toBe(1);
    expect((await db.versions.get(snapshot.version.id))!.content.title).toBe('Edited');
    expect((await db.workshops.get(snapshot.workshop.id))!.consents).toHaveLength(1);
    const chain = await loadAuditChain(snapshot.version.agreementId, db);
    expect(chain.map((e) => e.kind)).toEqual(['created', 'edited', 'consent']);
    expect(verifyAuditChain(chain)).toEqual({ ok: true });
  });

  it('stores the workshop when the content is refused (frozen elsewhere), and records no edit', async () => {
    const snapshot = await edited();
    const stored = (await db.versions.get(snapshot.version.id))!;
    await db.versions.put({ ...stored, status: 'signing', contentHash: 'a'.repeat(64) });
    const outcome = await saveEditorSnapshot(snapshot, db);
    expect(outcome.content).toMatchObject({ status: 'refused', refusal: { code: 'FROZEN' } });
    expect(outcome.workshop).toEqual({ status: 'stored' });
    expect(outcome.audited).toEqual([]);
    expect((await db.versions.get(snapshot.version.id))!.content.title).not.toBe('Edited');
    expect((await db.workshops.get(snapshot.workshop.id))!.consents).toHaveLength(1);
    expect((await loadAuditChain(snapshot.version.agreementId, db)).map((e) => e.kind)).toEqual(['created', 'consent']);
  });

  it('writes nothing at all when a write fails (the disk), and rejects', async () => {
    const snapshot = await edited();
    const before = await dump(db);
    db.workshops.hook('updating', () => {
      throw new Error('The disk is busy');
    });
    await expect(saveEditorSnapshot(snapshot, db)).rejects.toThrow('The disk is busy');
    expect(await dump(db)).toBe(before);
  });

  it('skips what it is not asked to write', async () => {
    const snapshot = await edited();
    const outcome = await saveEditorSnapshot({ ...snapshot, writeContent: false }, db);
    expect(outcome).toEqual({ content: { status: 'skipped' }, workshop: { status: 'stored' }, audited: [] });
    expect((await db.versions.get(snapshot.version.id))!.content.title).not.toBe('Edited');
  });
});
