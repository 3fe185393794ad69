/**
 * Everything the library screen reads from IndexedDB, loaded just after the first screen: Dexie
 * (about a quarter of the start-up script) is not needed to paint the remembered first page or
 * the first-run screen, only to correct them.
 */
import { liveQuery } from 'dexie';
import { db } from '../database';
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
