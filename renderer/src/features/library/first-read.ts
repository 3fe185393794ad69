import { startTransition, useEffect, useState } from 'react';
import type { LibraryPage } from '../../db/repositories/library';
import { EMPTY_QUERY } from './useLibraryPage';
import { readLaunchPage } from './launch-snapshot';
import { libraryLive } from './use-library-live';

/** What the library shows first: the newest page (its total and the count follow live). */
export interface FirstRead {
  page: LibraryPage;
  reviewed: Set<string>;
}

/** 'none': nothing was started (read live); 'pending': still reading; otherwise the result (null if it failed). */
type State = 'none' | 'pending' | FirstRead | null;
let state: State = 'none';
const listeners = new Set<() => void>();

async function read(): Promise<FirstRead> {
  return (await libraryLive()).readPage(EMPTY_QUERY, { total: false });
}

/**
 * Called from main.tsx before React renders, when the app opens on the library: IndexedDB opens
 * and the first page is read while React builds the first screen, instead of after it.
 * When the last launch left its first page behind (launch-snapshot.ts), that page is shown
 * straight away instead. A failure here only means the screen reads live as usual.
 */
export function startFirstRead(): void {
  const remembered = readLaunchPage();
  if (remembered) {
    // Paint the remembered page at once; the live queries open the database and correct it.
    state = remembered;
    void libraryLive()
      .then((live) => live.openDatabase())
      .catch(() => undefined);
    return;
  }
  state = 'pending';
  void read()
    .catch(() => null)
    .then((result) => {
      state = result;
      listeners.forEach((notify) => notify());
    });
}

/**
 * The read started at launch; 'pending' until it is done, null when there was none (or it failed).
 * The result arrives as a transition, not a synchronous update: React then paints the rows before
 * it runs the live queries' effects, instead of running them in the same task as the commit.
 */
export function useFirstRead(): 'pending' | FirstRead | null {
  const [current, setCurrent] = useState<State>(state);
  useEffect(() => {
    const update = () => startTransition(() => setCurrent(state));
    listeners.add(update);
    update(); // it may have finished before this subscribed
    return () => {
      listeners.delete(update);
    };
  }, []);
  return current === 'none' ? null : current;
}

/** Once shown, the launch read is dropped: later visits to the library read live, never old data. */
export function forgetFirstRead(): void {
  if (state !== 'pending') state = 'none';
}
