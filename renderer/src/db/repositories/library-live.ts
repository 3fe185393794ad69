/**
 * Everything the library screen reads from IndexedDB, loaded just after the first screen: Dexie
 * (about a quarter of the start-up script) is not needed to paint the remembered first page or
 * the first-run screen, only to correct them.
 */
import { liveQuery } from 'dexie';
import { db, type LibraryEntry } from '../database';
import { archiveVersion, countVersions, filterChoices, queryLibrary, reviewedIds, workshopForVersion, type LibraryQuery, type QueryOptions } from './library';

export { archiveVersion, workshopForVersion };

export const openDatabase = () => db.open();

/** One page of the library and which of its versions have a quarterly review. */
export async function readPage(query: LibraryQuery, options?: QueryOptions) {
  const page = await queryLibrary(query, undefined, options);
  return { page, reviewed: await reviewedIds(page.rows.map((r) => r.versionId)) };
}

/** Answers of a live query as they come (the first, then one per change); call the result to stop. */
export type Watch<T> = (next: (value: T) => void, error: (error: unknown) => void) => () => void;

function watch<T>(read: () => Promise<T>): Watch<T> {
  return (next, error) => {
    const subscription = liveQuery(read).subscribe({ next, error });
    return () => subscription.unsubscribe();
  };
}

export const watchPage = (query: LibraryQuery) => watch(() => readPage(query));
export const watchCount = () => watch(() => countVersions());
export const watchFilterChoices = () => watch(() => filterChoices());

/**
 * Which rows of a page were changed outside the app (versionId → problems). The check reads the
 * page's whole versions and hashes them (~15 ms for 50), so it waits until a page has been on
 * screen a moment: paging or filtering quickly never queues checks of pages already gone. Its
 * code (hashing, the audit chain) loads on first use, not with the library.
 */
export function watchPageIntegrity(rows: readonly LibraryEntry[], settleMs = 250): Watch<Map<string, string[]>> {
  return (next, error) => {
    let stop: (() => void) | undefined;
    let stopped = false;
    const timer = setTimeout(() => {
      import('./integrity').then(({ readPageIntegrity }) => {
        if (!stopped) stop = watch(() => readPageIntegrity(rows))(next, error);
      }, error);
    }, settleMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
      stop?.();
    };
  };
}
