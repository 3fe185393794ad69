import type { AgreementVersion } from '../../../shared/model/agreement';
import { searchWords } from '../../../shared/rules/search-words';
import type { CommonGroundDb, LibraryEntry, SearchRow } from './database';

/**
 * Rows derived from each agreement version — its search words and its slim library row — so the
 * library never has to read whole versions (each carries signature images, ~25 kB) to list them.
 * Every write of a version goes through indexVersions in the same transaction.
 */
export function libraryEntryOf(version: AgreementVersion): LibraryEntry {
  return entryWithWords(version, searchWords(version));
}

/** Newest first in ascending order; an unreadable date sorts as the oldest. */
const recencyOf = (updatedAt: string) => {
  const ms = Date.parse(updatedAt);
  return Number.isFinite(ms) ? -ms : 0;
};

function entryWithWords(version: AgreementVersion, words: string[]): LibraryEntry {
  const c = version.content;
  return {
    versionId: version.id,
    agreementId: version.agreementId,
    version: version.version,
    status: version.status,
    updatedAt: version.updatedAt,
    recency: recencyOf(version.updatedAt),
    organisation: c.organisation,
    quarter: c.quarter,
    title: c.title,
    signers: version.signatures.map((s) => s.name),
    reviewDate: c.commitments.reviewDate,
    words,
  };
}

export function searchRowOf(version: AgreementVersion): SearchRow {
  return { versionId: version.id, words: searchWords(version) };
}

/** The tables indexVersions writes; a transaction that writes versions must include them. */
export const indexTables = (database: CommonGroundDb) => [database.search, database.libraryRows];

/** Puts the search and library rows of these versions, replacing older ones. */
export async function indexVersions(database: CommonGroundDb, versions: AgreementVersion[]): Promise<void> {
  if (versions.length === 0) return;
  const search = versions.map(searchRowOf);
  await database.search.bulkPut(search);
  await database.libraryRows.bulkPut(versions.map((v, i) => entryWithWords(v, search[i]!.words)));
}

export async function unindexVersions(database: CommonGroundDb, versionIds: string[]): Promise<void> {
  await database.search.bulkDelete(versionIds);
  await database.libraryRows.bulkDelete(versionIds);
}

/** Empties the derived tables, before a restore refills them from the restored versions. */
export async function clearIndexes(database: CommonGroundDb): Promise<void> {
  await Promise.all([database.search.clear(), database.libraryRows.clear()]);
}
