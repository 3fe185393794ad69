import type { AgreementVersion } from '../../../../shared/model/agreement';
import { db as defaultDb, type CommonGroundDb } from '../database';

/** Newest first, a page at a time, straight from the updatedAt index. */
export async function listRecentVersions(limit = 50, database: CommonGroundDb = defaultDb): Promise<AgreementVersion[]> {
  return database.versions.orderBy('updatedAt').reverse().limit(limit).toArray();
}

/** Versions a new workshop can start from: the latest of each agreement, signed ones first. */
export async function listStartingPoints(database: CommonGroundDb = defaultDb): Promise<AgreementVersion[]> {
  const recent = await database.versions.orderBy('updatedAt').reverse().limit(200).toArray();
  const seen = new Set<string>();
  return recent.filter((v) => {
    if (seen.has(v.agreementId)) return false;
    seen.add(v.agreementId);
    return true;
  });
}

export async function workshopForVersion(versionId: string, database: CommonGroundDb = defaultDb) {
  return database.workshops.where('versionId').equals(versionId).first();
}

export async function countVersions(database: CommonGroundDb = defaultDb): Promise<number> {
  return database.versions.count();
}
