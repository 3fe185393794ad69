import { useEffect, useState, type DependencyList } from 'react';
import type * as LibraryLiveModule from '../../db/repositories/library-live';
import type { Watch } from '../../db/repositories/library-live';

type LibraryLive = typeof LibraryLiveModule;
let loading: Promise<LibraryLive> | null = null;

/** The library's database reads (db/repositories/library-live.ts), loaded once, on first need. */
export const libraryLive = (): Promise<LibraryLive> => (loading ??= import('../../db/repositories/library-live'));

/**
 * Like dexie-react-hooks' useLiveQuery, for a query from the lazily loaded library module:
 * `initial` until the first answer, then every change; the last answer stays while new `deps`
 * are being read. A failed read is thrown to the nearest error boundary, as useLiveQuery does.
 */
export function useLive<T>(watch: (live: LibraryLive) => Watch<T> | null, deps: DependencyList, initial?: T): T | undefined {
  const [value, setValue] = useState<T | undefined>(initial);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let stopped = false;
    let stop: (() => void) | undefined;
    void libraryLive().then((live) => {
      if (stopped) return;
      stop = watch(live)?.((answer) => setValue(() => answer), setError);
    }, setError);
    return () => {
      stopped = true;
      stop?.();
    };
    // The caller lists what its query depends on, exactly as with useLiveQuery.
  }, deps);
  if (error) throw error;
  return value;
}
