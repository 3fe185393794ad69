import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Transaction } from 'dexie';
import type { ExportedPdf } from '../../../../shared/ipc/channels/pdf';
import type { Result } from '../../../../shared/ipc/result';

/*
 * Issue 20, "the flow of an export": the export screen no longer reads storage, calls main and
 * writes storage itself; exportVersionPdf does, and writes only once main has answered.
 */
const exportPdf = vi.fn<(input: unknown) => Promise<Result<ExportedPdf | null>>>();
vi.mock('../../../../renderer/src/bridge', () => ({ bridge: { exportPdf: (input: unknown) => exportPdf(input) }, isDesktop: false, onMenuCommand: () => () => undefined }));

const { exportVersionPdf } = await import('../../../../renderer/src/db/repositories/pdf-export');
const { loadAuditChain } = await import('../../../../renderer/src/db/repositories/audit');
const { createWorkshop } = await import('../../../../renderer/src/db/repositories/workshops');
const { AppFailure } = await import('../../../../shared/ipc/result');
const { verifyAuditChain } = await import('../../../../shared/rules/audit-chain');
const { dump, freshDb, input } = await import('./helpers');

const saved: ExportedPdf = { path: '/tmp/acme.pdf', bytes: 1234, sha256: 'ab'.repeat(32), sealed: false, copy: 'draft', provenance: 'unsigned', certificate: null };

let db: ReturnType<typeof freshDb>;
beforeEach(() => {
  db = freshDb();
  exportPdf.mockReset();
});
afterEach(() => db.close());

async function draft() {
  const workshop = await createWorkshop(input('Acme'), { kind: 'template' }, db);
  return { workshop, version: (await db.versions.get(workshop.versionId))! };
}

/** Every row written to any table, with the transaction it was written in and whether main had answered by then. */
function watchWrites() {
  let answered = false;
  // The IndexedDB transaction of each write: a Dexie sub-transaction shares its parent's.
  const writes: { table: string; transaction: IDBTransaction; afterMain: boolean }[] = [];
  for (const table of db.tables) {
    const record = (transaction: Transaction) => writes.push({ table: table.name, transaction: transaction.idbtrans, afterMain: answered });
    table.hook('creating', (_key, _row, transaction) => void record(transaction));
    table.hook('updating', (_changes, _key, _row, transaction) => void record(transaction));
    table.hook('deleting', (_key, _row, transaction) => void record(transaction));
  }
  const answer = (result: Result<ExportedPdf | null>) =>
    exportPdf.mockImplementation(async () => {
      answered = true;
      return result;
    });
  return { writes, answer };
}

describe('exportVersionPdf', () => {
  it('sends main the version with its agreement’s audit chain', async () => {
    const { version } = await draft();
    exportPdf.mockResolvedValue({ ok: true, data: null });
    await exportVersionPdf(version, db);
    expect(exportPdf).toHaveBeenCalledWith({ version, auditEvents: await loadAuditChain(version.agreementId, db) });
  });

  it('writes nothing when main refuses, and throws the refusal with its code', async () => {
    const { version } = await draft();
    const before = await dump(db);
    const { writes, answer } = watchWrites();
    answer({ ok: false, error: { code: 'IO', message: 'The folder is read-only.' } });
    const failure = await exportVersionPdf(version, db).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppFailure);
    expect(failure).toMatchObject({ code: 'IO', message: 'The folder is read-only.' });
    expect(writes).toEqual([]);
    expect(await dump(db)).toBe(before);
  });

  it('writes nothing when the person cancels the save dialog', async () => {
    const { version } = await draft();
    const before = await dump(db);
    const { writes, answer } = watchWrites();
    answer({ ok: true, data: null });
    await expect(exportVersionPdf(version, db)).resolves.toBeNull();
    expect(writes).toEqual([]);
    expect(await dump(db)).toBe(before);
  });

  it('records the saved file as an exported event, in one transaction after main answered', async () => {
    const { workshop, version } = await draft();
    const { writes, answer } = watchWrites();
    answer({ ok: true, data: saved });
    await expect(exportVersionPdf(version, db)).resolves.toEqual(saved);
    expect(writes.map((w) => [w.table, w.afterMain])).toEqual([['auditEvents', true]]);
    expect(new Set(writes.map((w) => w.transaction)).size).toBe(1);
    const chain = await loadAuditChain(workshop.agreementId, db);
    expect(chain.map((e) => e.kind)).toEqual(['created', 'exported']);
    expect(chain.at(-1)).toMatchObject({ versionId: workshop.versionId, actor: 'Riley', detail: `Draft PDF saved (1234 bytes), SHA-256 ${saved.sha256}` });
    expect(verifyAuditChain(chain)).toEqual({ ok: true });
  });

});
