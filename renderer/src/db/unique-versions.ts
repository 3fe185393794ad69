import type { IndexableType, Transaction } from 'dexie';
import type { AgreementVersion } from '../../../shared/model/agreement';
import type { AuditEvent } from '../../../shared/model/audit';
import { appendAuditEvent } from '../../../shared/rules/audit-chain';
import { version as appVersion } from '../../../package.json';
import { libraryEntryOf, searchRowOf } from '../../../shared/rules/library-rows';

/**
 * Schema upgrade 6 (see schema.ts): before version 7 makes [agreementId+version] unique, the
 * second records of one agreement version that earlier library imports let in (issue 15 item 2:
 * another id, same agreement and number) are given numbers of their own. Nothing is deleted and
 * nothing a signature covers changes (the version number is not part of the signed content).
 *
 * Which record keeps the number: the one the agreement's audit trail belongs to (the most events
 * naming it: created, frozen, signed…), then a frozen one over a draft, then the older, then the
 * smaller id, so the real "signed version 1" stays version 1. Each other record becomes the
 * agreement's next free version, its library and search rows follow, and an event on the
 * agreement's trail says which record was renumbered, from what to what, and why.
 */
export async function renumberDuplicateVersions(tx: Transaction, at = new Date()): Promise<number> {
  const versions = tx.table<AgreementVersion, string>('versions');
  const auditEvents = tx.table<AuditEvent, string>('auditEvents');
  // Keys only (no 25 kB rows): the index lists every record by agreement and number.
  const byNumber = new Map<string, string[]>();
  const highest = new Map<string, number>();
  await versions.orderBy('[agreementId+version]').eachKey((key: IndexableType, cursor) => {
    const [agreementId, number] = key as [string, number];
    const slot = JSON.stringify([agreementId, number]);
    byNumber.set(slot, [...(byNumber.get(slot) ?? []), cursor.primaryKey as string]);
    highest.set(agreementId, Math.max(highest.get(agreementId) ?? 0, number));
  });
  const clashes = [...byNumber.values()].filter((ids) => ids.length > 1);
  if (clashes.length === 0) return 0;

  const ids = clashes.flat();
  const rows = new Map((await versions.bulkGet(ids)).filter((v): v is AgreementVersion => Boolean(v)).map((v) => [v.id, v]));
  const named = await auditEvents.where('versionId').anyOf(ids).toArray();
  const eventsNaming = (id: string) => named.filter((e) => e.versionId === id).length;
  const rank = (a: AgreementVersion, b: AgreementVersion) =>
    eventsNaming(b.id) - eventsNaming(a.id) ||
    Number(b.contentHash !== null) - Number(a.contentHash !== null) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id);

  let renumbered = 0;
  for (const clash of clashes) {
    const [kept, ...others] = clash.map((id) => rows.get(id)!).sort(rank);
    for (const other of others) {
      const number = highest.get(other.agreementId)! + 1;
      highest.set(other.agreementId, number);
      const moved: AgreementVersion = { ...other, version: number };
      await versions.put(moved);
      await tx.table('libraryRows').put(libraryEntryOf(moved));
      await tx.table('search').put(searchRowOf(moved));
      await appendToTrail(tx, other.agreementId, {
        versionId: other.id,
        detail:
          `Database upgrade: record ${other.id} (${other.status}) was a second version ${other.version} of this agreement beside record ${kept!.id} (${kept!.status}), ` +
          `which keeps the number. It is now version ${number}; its content, hash and signatures are unchanged.`,
        at,
      });
      renumbered += 1;
    }
  }
  return renumbered;
}

/** Appends one event to the end of an agreement's trail, as recordAuditEvent does outside an upgrade. */
async function appendToTrail(tx: Transaction, agreementId: string, fields: { versionId: string; detail: string; at: Date }): Promise<void> {
  const table = tx.table<AuditEvent, string>('auditEvents');
  const events = await table.where('agreementId').equals(agreementId).toArray();
  const pointedTo = new Set(events.map((e) => e.previousHash));
  const last = events.filter((e) => !pointedTo.has(e.hash)).sort((a, b) => a.at.localeCompare(b.at)).at(-1) ?? null;
  let timeZone = 'UTC';
  try {
    timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    // No Intl time zone: UTC, as the times themselves are.
  }
  await table.add(
    appendAuditEvent(last, {
      agreementId,
      versionId: fields.versionId,
      kind: 'edited',
      actor: 'Common Ground',
      detail: fields.detail.slice(0, 2000),
      at: fields.at.toISOString(),
      timeZone: timeZone.slice(0, 64),
      device: 'This device (database upgrade)',
      appVersion: appVersion.slice(0, 40),
    }),
  );
}
