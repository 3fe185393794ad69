import Dexie from 'dexie';
import type { AgreementVersion, VersionStatus } from '../../../../shared/model/agreement';
import { AppFailure } from '../../../../shared/ipc/result';
import { searchTerms } from '../../../../shared/rules/search-words';
import type { StoredReview } from '../../../../shared/rules/import-file';
import { db as defaultDb, type CommonGroundDb, type LibraryEntry } from '../database';
import { indexTables, indexVersions } from '../index-rows';

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

/** Counted on the slim library rows (one per version): counting the versions store itself reads its ~25 kB rows. */
export async function countVersions(database: CommonGroundDb = defaultDb): Promise<number> {
  return database.libraryRows.count();
}

export type LibrarySort = 'updated-desc' | 'updated-asc' | 'organisation' | 'quarter-desc';

export interface LibraryQuery {
  text: string;
  status: VersionStatus | '';
  quarter: string;
  organisation: string;
  sort: LibrarySort;
  page: number;
  pageSize: number;
}

export interface LibraryPage {
  /** Slim list rows: everything the list shows, nothing it does not (no content, no signature images). */
  rows: LibraryEntry[];
  hasMore: boolean;
  /** Known only when an index can count it without reading rows. */
  total: number | null;
}

/** Up to this many search hits, their rows come in one index read and are sorted in memory; above, the sort index is walked. */
const SMALL_HIT_SET = 2000;

/** What a search found: the matching rows themselves, or (for a very broad search) only their ids. */
type SearchHits = { rows: LibraryEntry[] } | { ids: Set<string> };

const hasWordStartingWith = (row: LibraryEntry, term: string) => row.words.some((w) => w.startsWith(term));

/**
 * Rows whose words start with every typed term. The longest term (likely the rarest) goes through
 * the word index in one read that returns whole slim rows; the other terms are checked in memory.
 */
async function search(terms: string[], database: CommonGroundDb, smallHitSet: number): Promise<SearchHits> {
  const [first, ...rest] = [...terms].sort((a, b) => b.length - a.length) as [string, ...string[]];
  const range = (term: string) => database.libraryRows.where('words').startsWith(term);
  // Index entries, not rows: a row with two matching words comes twice. Fewer than the limit means all came.
  const entries = await range(first).limit(smallHitSet + 1).toArray();
  if (entries.length <= smallHitSet) {
    const rows = new Map(entries.map((row) => [row.versionId, row]));
    return { rows: [...rows.values()].filter((row) => rest.every((term) => hasWordStartingWith(row, term))) };
  }
  let ids = new Set((await range(first).primaryKeys()) as string[]);
  for (const term of rest) {
    if (ids.size === 0) break;
    const next = new Set((await range(term).primaryKeys()) as string[]);
    ids = new Set([...ids].filter((id) => next.has(id)));
  }
  return { ids };
}

function compare(sort: LibrarySort) {
  return (a: LibraryEntry, b: LibraryEntry): number => {
    switch (sort) {
      case 'updated-asc':
        return a.updatedAt.localeCompare(b.updatedAt);
      case 'organisation':
        return a.organisation.localeCompare(b.organisation) || b.updatedAt.localeCompare(a.updatedAt);
      case 'quarter-desc':
        return b.quarter.localeCompare(a.quarter) || b.updatedAt.localeCompare(a.updatedAt);
      default:
        return b.updatedAt.localeCompare(a.updatedAt);
    }
  };
}

type EntryCollection = ReturnType<CommonGroundDb['libraryRows']['toCollection']>;
type Filter = 'status' | 'quarter' | 'organisation';

/**
 * Picks the index that serves both the sort and the most selective filter, so a page is read by
 * walking that index and stopping after pageSize + 1 matches — never the whole table.
 */
function plan(q: LibraryQuery, database: CommonGroundDb): { collection: EntryCollection; used: Filter | null } {
  const rows = database.libraryRows;
  const byUpdated = q.sort === 'updated-desc' || q.sort === 'updated-asc';
  const range = (index: string, value: string) => rows.where(index).between([value, Dexie.minKey], [value, Dexie.maxKey]);
  let collection: EntryCollection;
  let used: Filter | null = null;
  // recency ascends newest first, so the default sort reads forward.
  if (byUpdated && q.organisation) [collection, used] = [range('[organisation+recency]', q.organisation), 'organisation'];
  else if (byUpdated && q.quarter) [collection, used] = [range('[quarter+recency]', q.quarter), 'quarter'];
  else if (byUpdated && q.status) [collection, used] = [range('[status+recency]', q.status), 'status'];
  else if (byUpdated) collection = rows.orderBy('recency');
  else if (q.sort === 'organisation') collection = rows.orderBy('organisation');
  else collection = rows.orderBy('quarter');
  if (q.sort === 'updated-asc' || q.sort === 'quarter-desc') collection = collection.reverse();
  return { collection, used };
}

function matches(q: LibraryQuery, used: Filter | null, hits: Set<string> | null) {
  return (row: LibraryEntry) =>
    (hits === null || hits.has(row.versionId)) &&
    (used === 'status' || !q.status || row.status === q.status) &&
    (used === 'quarter' || !q.quarter || row.quarter === q.quarter) &&
    (used === 'organisation' || !q.organisation || row.organisation === q.organisation);
}

export interface QueryOptions {
  /** False skips counting the matches (Chromium counts by reading every row): the launch read wants rows first. */
  total?: boolean;
  /** Lowered by tests to cover both search plans. */
  smallHitSet?: number;
}

/** One page of the library, read from the slim library rows only. */
export async function queryLibrary(q: LibraryQuery, database: CommonGroundDb = defaultDb, options: QueryOptions = {}): Promise<LibraryPage> {
  // No await before the first IndexedDB read: inside a live query, Dexie follows the reads across
  // awaits of its own operations, and an await of a plain promise first would lose them.
  const terms = searchTerms(q.text);
  const found = terms.length > 0 ? await search(terms, database, options.smallHitSet ?? SMALL_HIT_SET) : null;
  const start = q.page * q.pageSize;
  if (found && 'rows' in found) {
    const all = found.rows.filter(matches(q, null, null)).sort(compare(q.sort));
    return { rows: all.slice(start, start + q.pageSize), hasMore: all.length > start + q.pageSize, total: all.length };
  }
  const hits = found?.ids ?? null;
  if (hits && hits.size === 0) return { rows: [], hasMore: false, total: 0 };
  const { collection, used } = plan(q, database);
  const filtered = !hits && [q.status, q.quarter, q.organisation].filter(Boolean).length <= (used ? 1 : 0);
  // Dexie collections change in place with offset/limit, so count from a second, untouched plan.
  // Unfiltered, the store's own count is far cheaper than counting along an index.
  const count = () => (used ? plan(q, database).collection.count() : database.libraryRows.count());
  const [total, pageRows] = await Promise.all([
    filtered && options.total !== false ? count() : null,
    (filtered ? collection : collection.filter(matches(q, used, hits))).offset(start).limit(q.pageSize + 1).toArray(),
  ]);
  return { rows: pageRows.slice(0, q.pageSize), hasMore: pageRows.length > q.pageSize, total };
}

/** Distinct organisations and quarters for the filter menus, read from the indexes' keys alone. */
export async function filterChoices(database: CommonGroundDb = defaultDb): Promise<{ organisations: string[]; quarters: string[] }> {
  const [organisations, quarters] = await Promise.all([database.libraryRows.orderBy('organisation').uniqueKeys(), database.libraryRows.orderBy('quarter').uniqueKeys()]);
  return { organisations: organisations.map(String), quarters: quarters.map(String).reverse() };
}

/** Which of these versions already have a quarterly review entered. */
export async function reviewedIds(versionIds: string[], database: CommonGroundDb = defaultDb): Promise<Set<string>> {
  if (versionIds.length === 0) return new Set();
  const rows = await database.reviews.bulkGet(versionIds);
  return new Set(rows.filter((r): r is StoredReview => Boolean(r)).map((r) => r.versionId));
}

/** The chain of versions of one agreement, oldest first. */
export async function versionsOfAgreement(agreementId: string, database: CommonGroundDb = defaultDb): Promise<AgreementVersion[]> {
  return database.versions.where('[agreementId+version]').between([agreementId, Dexie.minKey], [agreementId, Dexie.maxKey]).toArray();
}

/** Archiving hides a signed or superseded version from "current" work; its content stays untouched. */
export async function archiveVersion(versionId: string, database: CommonGroundDb = defaultDb): Promise<void> {
  await database.transaction('rw', [database.versions, ...indexTables(database)], async () => {
    const version = await database.versions.get(versionId);
    if (!version) throw new AppFailure('NOT_FOUND', 'This version no longer exists');
    if (version.status !== 'signed' && version.status !== 'superseded') throw new AppFailure('BAD_INPUT', 'Only signed or superseded versions can be archived.');
    const archived: AgreementVersion = { ...version, status: 'archived', updatedAt: new Date().toISOString() };
    await database.versions.put(archived);
    await indexVersions(database, [archived]);
  });
}
