import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { TeamFolderScan } from '../../../../shared/team-folder/status';
import { db as defaultDb, type CommonGroundDb } from '../database';
import { importAgreementFile } from './import';
import { loadAuditChain } from './audit';
import { bridge } from '../../bridge';
import { unwrap } from '../../bridge/unwrap';

export interface IndexedFromFolder {
  imported: number;
  /** Versions this library already holds: never replaced by what the folder says. */
  alreadyHere: number;
  refused: { path: string; message: string }[];
}

/**
 * The team folder is the truth for shared records and this database the index of it: each
 * newly readable signed version of a scan goes into the library through the one import (same
 * checks, one transaction, an 'imported' audit event). A version already here is kept as it is,
 * so a tampered or edited file in the folder never replaces a good record.
 */
export async function indexTeamFolderScan(scan: Pick<TeamFolderScan, 'changed'>, database: CommonGroundDb = defaultDb): Promise<IndexedFromFolder> {
  const result: IndexedFromFolder = { imported: 0, alreadyHere: 0, refused: [] };
  for (const record of scan.changed) {
    if (!record.agreement || (record.status !== 'verified' && record.status !== 'unconfirmed')) continue;
    if (await database.versions.get(record.agreement.version.id)) {
      result.alreadyHere += 1;
      continue;
    }
    try {
      await importAgreementFile(record.agreement, 'team-folder', database);
      result.imported += 1;
    } catch (error) {
      result.refused.push({ path: record.path, message: (error as Error).message });
    }
  }
  return result;
}

export interface PublishedLibrary {
  written: number;
  alreadyThere: number;
  /** Versions that are not published, with why (drafts are never counted here: they stay local by design). */
  skipped: { name: string; message: string }[];
}

/**
 * Publishes every signed version of the library into the team folder once: idempotent (a version
 * already there is counted, not written again) and resumable (stopping half-way loses nothing).
 */
export async function publishLibraryToTeamFolder(database: CommonGroundDb = defaultDb, onProgress?: (done: number, total: number) => void): Promise<PublishedLibrary> {
  const signed = (await database.versions.toArray()).filter((v) => v.contentHash !== null);
  const result: PublishedLibrary = { written: 0, alreadyThere: 0, skipped: [] };
  for (const [done, version] of signed.entries()) {
    const name = `${version.content.organisation} ${version.content.quarter} version ${version.version}`;
    try {
      const published = unwrap(await bridge.publishToTeamFolder({ version, auditEvents: await loadAuditChain(version.agreementId, database) }));
      if (published.outcome === 'written') result.written += 1;
      else if (published.outcome === 'already there') result.alreadyThere += 1;
      else result.skipped.push({ name, message: published.message ?? 'The name is taken by a different file.' });
    } catch (error) {
      result.skipped.push({ name, message: (error as Error).message });
    }
    onProgress?.(done + 1, signed.length);
  }
  return result;
}

/**
 * Right after the last required signature: the new signed version goes into the team folder (when
 * one is set), so every laptop sees it without anyone remembering to. Says what happened; a
 * failure is a message, never a lost signature (the version is signed and stored already).
 */
export async function publishSignedVersion(version: AgreementVersion, database: CommonGroundDb = defaultDb): Promise<string | null> {
  const status = await bridge.getTeamFolder({});
  if (!status.ok || !status.data.folder) return null;
  const published = await bridge.publishToTeamFolder({ version, auditEvents: await loadAuditChain(version.agreementId, database) });
  if (!published.ok) return `Not written into the team folder: ${published.error.message}`;
  return published.data.outcome === 'name taken' ? (published.data.message ?? 'Not written into the team folder.') : 'Written into the team folder for every laptop that shares it.';
}
