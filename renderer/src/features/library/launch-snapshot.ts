import type { LibraryEntry } from '../../db/database';
import type { LibraryPage } from '../../db/repositories/library';
import { STATUS_LABELS } from './LibraryFilters';

/**
 * The library's newest page as it was last shown, kept in localStorage so the next launch can
 * paint real, clickable rows before IndexedDB has even opened. It is only a head start: the live
 * queries read the database right after and replace it, within tens of milliseconds.
 */
const KEY = 'cg.library.launch-page.v1';

export interface LaunchPage {
  page: LibraryPage;
  reviewed: Set<string>;
}

const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * zod is kept out of the start-up bundle, so the shape is checked by hand here; anything that
 * does not match (an older app, a hand-edited store) is ignored and the database is read as usual.
 */
function isEntry(v: unknown): v is LibraryEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return (
    [e.versionId, e.agreementId, e.updatedAt, e.organisation, e.quarter, e.title].every(isString) &&
    Number.isInteger(e.version) &&
    typeof e.recency === 'number' &&
    Object.hasOwn(STATUS_LABELS, e.status as string) &&
    Array.isArray(e.signers) &&
    e.signers.every(isString) &&
    (e.reviewDate === null || isString(e.reviewDate))
  );
}

export function readLaunchPage(storage: Storage = localStorage): LaunchPage | null {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { rows?: unknown; reviewed?: unknown; hasMore?: unknown };
    if (!Array.isArray(parsed.rows) || !parsed.rows.every(isEntry)) return null;
    if (!Array.isArray(parsed.reviewed) || !parsed.reviewed.every(isString) || typeof parsed.hasMore !== 'boolean') return null;
    return { page: { rows: parsed.rows.map((r) => ({ ...r, words: [] })), hasMore: parsed.hasMore, total: null }, reviewed: new Set(parsed.reviewed) };
  } catch {
    return null;
  }
}

/** Keeps what the list shows (not the search words), so the store stays a few kilobytes. */
export function saveLaunchPage(page: LibraryPage, reviewed: Set<string>, storage: Storage = localStorage): void {
  const rows = page.rows.map(({ words: _words, ...row }) => row);
  try {
    storage.setItem(KEY, JSON.stringify({ rows, hasMore: page.hasMore, reviewed: [...reviewed].filter((id) => rows.some((r) => r.versionId === id)) }));
  } catch {
    // A full or unavailable localStorage only costs the head start.
  }
}

export function forgetLaunchPage(storage: Storage = localStorage): void {
  try {
    storage.removeItem(KEY);
  } catch {
    // nothing to forget
  }
}
