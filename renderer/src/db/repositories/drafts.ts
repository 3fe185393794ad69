import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { Workshop } from '../../../../shared/model/workshop';
import { AppFailure } from '../../../../shared/ipc/result';
import { db as defaultDb, type CommonGroundDb } from '../database';
import { indexTables, indexVersions, unindexVersions } from '../index-rows';
import type { BacktestMappingRow, BacktestTableRow } from './backtest';
import { recordAuditEvent } from './audit';

/*
 * Deleting and restoring drafts lives apart from the library's reads: it records audit events
 * (canonical JSON, hashing, zod), which the library screen loads on first delete, not at start-up.
 */

/** What a deleted draft took with it, so Undo can put every row back exactly. */
export interface DeletedDraft {
  version: AgreementVersion;
  workshops: Workshop[];
  /** The deleted workshops' backtest rows (CSV mapping and parsed leads), if any. */
  backtestMappings: BacktestMappingRow[];
  backtestTables: BacktestTableRow[];
}

const allTables = (d: CommonGroundDb) => [d.versions, d.workshops, d.auditEvents, d.backtestMappings, d.backtestTables, ...indexTables(d)];

const actorOf = (version: AgreementVersion) => version.content.facilitator || 'Facilitator';

/**
 * Deletes a draft, its workshop and that workshop's backtest rows in one transaction. Signed
 * versions are never deleted. The agreement's audit events stay: they form a hash chain, and
 * removing one from the middle would break it for every later version; a 'deleted' event is
 * appended instead.
 */
export async function deleteDraft(versionId: string, database: CommonGroundDb = defaultDb): Promise<DeletedDraft> {
  return database.transaction('rw', allTables(database), async () => {
    const version = await database.versions.get(versionId);
    if (!version) throw new AppFailure('NOT_FOUND', 'This version no longer exists');
    if (version.status !== 'draft' || version.contentHash !== null) {
      throw new AppFailure('FROZEN', 'Only drafts can be deleted. A signed version can be archived instead.');
    }
    const workshops = await database.workshops.where('versionId').equals(versionId).toArray();
    // Backtest rows are keyed by workshop; keep them if another version still points at that workshop.
    const orphaned = await workshopIdsNoOtherVersionUses(database, workshops, versionId);
    const backtestMappings = (await database.backtestMappings.bulkGet(orphaned)).filter((r): r is BacktestMappingRow => Boolean(r));
    const backtestTables = (await database.backtestTables.bulkGet(orphaned)).filter((r): r is BacktestTableRow => Boolean(r));
    await database.versions.delete(versionId);
    await database.workshops.bulkDelete(workshops.map((w) => w.id));
    await database.backtestMappings.bulkDelete(orphaned);
    await database.backtestTables.bulkDelete(orphaned);
    await unindexVersions(database, [versionId]);
    await recordAuditEvent(database, { agreementId: version.agreementId, versionId, kind: 'deleted', actor: actorOf(version), detail: `Draft v${version.version} deleted.` });
    return { version, workshops, backtestMappings, backtestTables };
  });
}

async function workshopIdsNoOtherVersionUses(database: CommonGroundDb, workshops: Workshop[], versionId: string): Promise<string[]> {
  const ids = workshops.map((w) => w.id);
  if (ids.length === 0) return [];
  const siblings = await database.versions.where('agreementId').equals(workshops[0]!.agreementId).toArray();
  const used = new Set(siblings.filter((v) => v.id !== versionId && v.workshopId).map((v) => v.workshopId));
  return ids.filter((id) => !used.has(id));
}

/**
 * Undo of deleteDraft: puts the draft, its workshop and backtest rows back and appends a
 * 'restored' event. The audit trail is append-only, so the 'deleted' event stays before it: the
 * chain then reads "deleted, restored" and still verifies, even if other versions of the agreement
 * recorded events in between. Undoing twice restores (and records) once.
 */
export async function restoreDeletedDraft(deleted: DeletedDraft, database: CommonGroundDb = defaultDb): Promise<void> {
  await database.transaction('rw', allTables(database), async () => {
    if (await database.versions.get(deleted.version.id)) return;
    const version = await withFreeNumber(database, deleted.version);
    await database.versions.put(version);
    await indexVersions(database, [version]);
    await database.workshops.bulkPut(deleted.workshops);
    await database.backtestMappings.bulkPut(deleted.backtestMappings);
    await database.backtestTables.bulkPut(deleted.backtestTables);
    const renumbered = version.version !== deleted.version.version ? ` Version ${deleted.version.version} had been started again meanwhile, so it comes back as version ${version.version}.` : '';
    await recordAuditEvent(database, { agreementId: version.agreementId, versionId: version.id, kind: 'restored', actor: actorOf(version), detail: `Deleted draft v${deleted.version.version} restored (undo).${renumbered}` });
  });
}

/**
 * An agreement has one record per version number (a unique index). While a draft was deleted its
 * number may have been given to a new draft (a new workshop continues with the highest number + 1):
 * the restored one then takes the next free number rather than fail or replace it.
 */
async function withFreeNumber(database: CommonGroundDb, version: AgreementVersion): Promise<AgreementVersion> {
  const taken = await database.versions.where('[agreementId+version]').equals([version.agreementId, version.version]).first();
  if (!taken) return version;
  const siblings = await database.versions.where('agreementId').equals(version.agreementId).toArray();
  return { ...version, version: Math.max(...siblings.map((v) => v.version)) + 1 };
}
