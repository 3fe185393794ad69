import { liveQuery } from 'dexie';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { ProvenanceAnswer } from '../../../../shared/ipc/channels/witness';
import type { Result } from '../../../../shared/ipc/result';
import { provenanceItem, type Provenance, type ProvenanceItem } from '../../../../shared/rules/provenance';
import { bridge } from '../../bridge';
import { db as defaultDb, type CommonGroundDb, type LibraryEntry } from '../database';
import type { Watch } from './library-live';

/*
 * Whether this install can vouch for the signatures of the versions on screen (shared/rules/provenance):
 * only the main process holds the key the receipts verify under and the kept sealed originals, so
 * the renderer asks it, one batched question per library page, and remembers the answers for the
 * session. Like integrity, the answer is never stored in IndexedDB, where it could be edited along
 * with the record it vouches for.
 */

/** The most versions the contract takes in one question (MAX_PROVENANCE_ITEMS), not imported to keep zod out of the library's first load. */
const BATCH = 100;
/** Answers kept for the session; far more than a person pages through, far less than a 10,000-row library. */
const CACHE_LIMIT = 2_000;

export type AskProvenance = (items: ProvenanceItem[]) => Promise<Result<{ items: ProvenanceAnswer[] }>>;

const askBridge: AskProvenance = (items) => bridge.provenance({ items });

const cache = new Map<string, Provenance>();

/**
 * What an answer depends on: the version, its content hash, and which signatures (with which
 * receipts) it carries, so a new signature or an edited receipt asks again.
 */
export function provenanceKey(version: Pick<AgreementVersion, 'id' | 'contentHash' | 'signatures'>): string {
  return `${version.id}:${version.contentHash ?? '-'}:${version.signatures.map((s) => `${s.id}/${s.receipt?.signature.slice(0, 16) ?? '-'}`).join(',')}`;
}

function remember(key: string, provenance: Provenance): void {
  cache.delete(key);
  cache.set(key, provenance);
  // A Map iterates in insertion order: the first key is the one used longest ago.
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
}

/** Forgets every answer (tests; a restored backup may bring other receipts under the same ids). */
export const forgetProvenance = () => cache.clear();

/**
 * The provenance of each signed version given (by version id); versions without signatures are left
 * out (they are 'unsigned', nothing to ask). Cached answers are used; the rest go to the main
 * process in as few questions as the contract allows (one for a library page). A question that
 * fails leaves its versions out, unanswered, rather than guessing.
 */
export async function provenanceOfVersions(versions: readonly AgreementVersion[], ask: AskProvenance = askBridge): Promise<Map<string, Provenance>> {
  const found = new Map<string, Provenance>();
  const pending: { key: string; version: AgreementVersion }[] = [];
  for (const version of versions) {
    if (version.signatures.length === 0) continue;
    const key = provenanceKey(version);
    const known = cache.get(key);
    if (known) {
      remember(key, known);
      found.set(version.id, known);
    } else if (!pending.some((p) => p.key === key)) pending.push({ key, version });
  }
  for (let at = 0; at < pending.length; at += BATCH) {
    const batch = pending.slice(at, at + BATCH);
    // Promise.resolve: the documented way to await a non-Dexie call inside a liveQuery (the library watches this).
    const result = await Promise.resolve(ask(batch.map((p) => provenanceItem(p.version)))).catch(() => null);
    if (!result?.ok || result.data.items.length !== batch.length) continue;
    batch.forEach(({ key, version }, i) => {
      const { provenance } = result.data.items[i]!;
      remember(key, provenance);
      found.set(version.id, provenance);
    });
  }
  return found;
}

/**
 * The provenance of the signed rows of one library page (versionId → provenance): one index read
 * of the page's signed versions (drafts without signers are not read), then one question for those
 * not asked before.
 */
export async function readPageProvenance(rows: readonly LibraryEntry[], database: CommonGroundDb = defaultDb, ask: AskProvenance = askBridge): Promise<Map<string, Provenance>> {
  const signed = rows.filter((r) => r.signers.length > 0).map((r) => r.versionId);
  if (signed.length === 0) return new Map();
  const versions = (await database.versions.bulkGet(signed)).filter((v): v is AgreementVersion => Boolean(v));
  return provenanceOfVersions(versions, ask);
}

/**
 * The page's provenance, live: asked again when one of its versions changes (a new signature, or a
 * receipt edited in IndexedDB gives a new cache key). Started once the page has been on screen
 * `settleMs`, like the integrity check, so paging quickly asks nothing about pages already gone.
 */
export function watchPageProvenance(rows: readonly LibraryEntry[], settleMs = 250, database: CommonGroundDb = defaultDb, ask: AskProvenance = askBridge): Watch<Map<string, Provenance>> {
  return (next, error) => {
    let subscription: { unsubscribe(): void } | undefined;
    const timer = setTimeout(() => {
      subscription = liveQuery(() => readPageProvenance(rows, database, ask)).subscribe({ next, error });
    }, settleMs);
    return () => {
      clearTimeout(timer);
      subscription?.unsubscribe();
    };
  };
}
