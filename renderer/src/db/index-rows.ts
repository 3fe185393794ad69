import type { AgreementVersion } from '../../../shared/model/agreement';
import { libraryEntryWithWords, searchRowOf } from '../../../shared/rules/library-rows';
import type { CommonGroundDb } from './schema';

/**
 * Stores the rows derived from each agreement version (shared/rules/library-rows.ts: its search
 * words and its slim library row). Every write of a version goes through indexVersions in the
 * same transaction.
 */

/** The tables indexVersions writes; a transaction that writes versions must include them. */
export const indexTables = (database: CommonGroundDb) => [database.search, database.libraryRows];

/** Puts the search and library rows of these versions, replacing older ones. */
export async function indexVersions(database: CommonGroundDb, versions: AgreementVersion[]): Promise<void> {
  if (versions.length === 0) return;
  const search = versions.map(searchRowOf);
  await database.search.bulkPut(search);
  await database.libraryRows.bulkPut(versions.map((v, i) => libraryEntryWithWords(v, search[i]!.words)));
}

export async function unindexVersions(database: CommonGroundDb, versionIds: string[]): Promise<void> {
  await database.search.bulkDelete(versionIds);
  await database.libraryRows.bulkDelete(versionIds);
}

/** Empties the derived tables, before a restore refills them from the restored versions. */
export async function clearIndexes(database: CommonGroundDb): Promise<void> {
  await Promise.all([database.search.clear(), database.libraryRows.clear()]);
}
