import type { AgreementVersion } from '../../../../shared/model/agreement';
import { AppFailure } from '../../../../shared/ipc/result';
import { checkIntegrity, checkVersions, integrityRefusal } from '../../../../shared/rules/integrity';
import { db as defaultDb, type CommonGroundDb, type LibraryEntry } from '../database';

/*
 * Integrity on every load (shared/rules/integrity): the open version and each visible page of the
 * library are checked against their content hashes and their agreement's audit trail. The result
 * is never stored: a flag kept in IndexedDB could be edited along with the record it vouches for.
 */

const eventsOf = (database: CommonGroundDb, agreementId: string) => database.auditEvents.where('agreementId').equals(agreementId).toArray();

/** The problems of one stored version (empty when intact or when it no longer exists). */
export async function readVersionIntegrity(versionId: string, database: CommonGroundDb = defaultDb): Promise<string[]> {
  const version = await database.versions.get(versionId);
  if (!version) return [];
  return checkIntegrity(version, await eventsOf(database, version.agreementId));
}

/**
 * Refuses, with the problems in plain words, to go on with a version changed outside the app.
 * Reads auditEvents: inside a transaction, that table must be in its scope.
 */
export async function assertIntact(version: AgreementVersion, action: string, database: CommonGroundDb = defaultDb): Promise<void> {
  const problems = checkIntegrity(version, await eventsOf(database, version.agreementId));
  if (problems.length > 0) throw new AppFailure('BAD_INPUT', integrityRefusal(problems, action));
}

/** The library row is derived from the version: one that disagrees with it was edited on its own. */
function rowProblems(row: LibraryEntry, version: AgreementVersion): string[] {
  const c = version.content;
  const shown: [string, unknown, unknown][] = [
    ['status', row.status, version.status],
    ['title', row.title, c.title],
    ['organisation', row.organisation, c.organisation],
    ['quarter', row.quarter, c.quarter],
    ['version number', row.version, version.version],
  ];
  return shown.filter(([, a, b]) => a !== b).map(([what, a, b]) => `The library lists its ${what} as “${String(a)}”, but the stored record says “${String(b)}”.`);
}

/**
 * The problems of the rows of one library page, by version id (intact rows are left out): two
 * index reads (the page's versions, their agreements' events) and the hashing of ~50 versions,
 * run after the page is drawn, so search and filtering never wait for it.
 */
export async function readPageIntegrity(rows: readonly LibraryEntry[], database: CommonGroundDb = defaultDb): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  if (rows.length === 0) return found;
  const versions = await database.versions.bulkGet(rows.map((r) => r.versionId));
  const agreementIds = [...new Set(versions.flatMap((v) => (v ? [v.agreementId] : [])))];
  const events = agreementIds.length ? await database.auditEvents.where('agreementId').anyOf(agreementIds).toArray() : [];
  const stored = versions.filter((v): v is AgreementVersion => Boolean(v));
  const checked = new Map(checkVersions(stored, events).map((problems, i) => [stored[i]!.id, problems]));
  rows.forEach((row, i) => {
    const version = versions[i];
    const problems = version ? [...checked.get(version.id)!, ...rowProblems(row, version)] : ['The library lists a record that is no longer stored.'];
    if (problems.length > 0) found.set(row.versionId, problems);
  });
  return found;
}
