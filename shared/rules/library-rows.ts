import type { AgreementVersion, VersionStatus } from '../model/agreement';
import { searchWords } from './search-words';

/**
 * The rows derived from each agreement version — its search words and its slim library row — so
 * the library never has to read whole versions (each carries signature images, ~25 kB) to list
 * them. Pure: renderer/src/db stores them (index-rows.ts, and the schema upgrades that fill them).
 */

/**
 * Library search rows: one per agreement version, holding the lower-cased words we search on
 * (title, organisation, participants, criteria), so search never loads whole agreements.
 */
export interface SearchRow {
  versionId: string;
  words: string[];
}

/**
 * Library list rows: one per agreement version, holding only what the list shows, filters and sorts
 * on, so a page of the library is chosen and drawn without reading whole versions.
 */
export interface LibraryEntry {
  versionId: string;
  agreementId: string;
  version: number;
  status: VersionStatus;
  updatedAt: string;
  /**
   * Minus updatedAt in epoch ms: ascending is newest first, so the default view is one forward
   * read (getAll), not a reverse cursor, which Chromium serves many times slower on a cold start.
   */
  recency: number;
  organisation: string;
  quarter: string;
  title: string;
  /** Signers' names, in signing order. */
  signers: string[];
  /** The agreed quarterly review date (YYYY-MM-DD), if any. */
  reviewDate: string | null;
  /** The search words (as in SearchRow), so one index read returns the matching rows whole. */
  words: string[];
}

export function libraryEntryOf(version: AgreementVersion): LibraryEntry {
  return libraryEntryWithWords(version, searchWords(version));
}

/** Newest first in ascending order; an unreadable date sorts as the oldest. */
const recencyOf = (updatedAt: string) => {
  const ms = Date.parse(updatedAt);
  return Number.isFinite(ms) ? -ms : 0;
};

/** The library row, with search words already worked out (for the search row written beside it). */
export function libraryEntryWithWords(version: AgreementVersion, words: string[]): LibraryEntry {
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
