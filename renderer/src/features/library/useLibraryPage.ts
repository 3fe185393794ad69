import { useEffect, useState } from 'react';
import type { LibraryPage, LibraryQuery } from '../../db/repositories/library';
import type { Provenance } from '../../../../shared/rules/provenance';
import type { Watch } from '../../db/repositories/library-live';
import { useLive } from './use-library-live';

export const PAGE_SIZE = 50;

export const EMPTY_QUERY: LibraryQuery = { text: '', status: '', quarter: '', organisation: '', sort: 'updated-desc', page: 0, pageSize: PAGE_SIZE };

/** The unfiltered newest-first first page: the one a launch shows. */
export const isDefaultView = (q: LibraryQuery) => (Object.keys(EMPTY_QUERY) as (keyof LibraryQuery)[]).every((k) => q[k] === EMPTY_QUERY[k]);

/** Typing waits a moment before searching, so a fast typist does not start a query per key. */
export function useDebounced<T>(value: T, ms = 150): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * One page of the library, live: it refreshes when rows change, reading only that page. `initial`
 * (the page read at launch) is shown until the live query answers.
 */
export function useLibraryPage(query: LibraryQuery, initial?: { page: LibraryPage; reviewed: Set<string> }): { page: LibraryPage | undefined; reviewed: Set<string> } {
  const text = useDebounced(query.text);
  const result = useLive((live) => live.watchPage({ ...query, text }), [text, query.status, query.quarter, query.organisation, query.sort, query.page, query.pageSize], initial);
  return { page: result?.page, reviewed: result?.reviewed ?? new Set() };
}

/**
 * Which rows of the shown page were changed outside the app, checked after the page is drawn
 * (one page at a time, never the whole library), and again whenever the page's rows change.
 */
export function usePageIntegrity(page: LibraryPage | undefined): Map<string, string[]> | undefined {
  return useLive((live) => (page ? live.watchPageIntegrity(page.rows) : null), [page]);
}

/**
 * Which signed rows of the shown page this install can vouch for (versionId → provenance), asked of
 * the main process in one batched question per page (db/repositories/provenance-cache.ts, loaded on
 * first use), after the page is drawn; answers are remembered per version and content hash.
 */
export function usePageProvenance(page: LibraryPage | undefined): Map<string, Provenance> | undefined {
  return useLive(() => (page && page.rows.some((r) => r.signers.length > 0) ? lazyWatch(page.rows) : null), [page]);
}

function lazyWatch(rows: LibraryPage['rows']): Watch<Map<string, Provenance>> {
  return (next, error) => {
    let stop: (() => void) | undefined;
    let stopped = false;
    import('../../db/repositories/provenance-cache').then(({ watchPageProvenance }) => {
      if (!stopped) stop = watchPageProvenance(rows)(next, error);
    }, error);
    return () => {
      stopped = true;
      stop?.();
    };
  };
}
