import type { AgreementContent, AgreementVersion } from '../../../shared/model/agreement';
import type { Workshop } from '../../../shared/model/workshop';
import { FROZEN_MESSAGE, isFrozen } from '../../../shared/rules/frozen';
import { newId } from '../../../shared/rules/ids';
import { notify } from '../ui/toast';

/**
 * A synchronous journal of edits not yet stored in IndexedDB. Autosave waits a moment before it
 * writes, and a write started while the page goes away (reload, window closed) may never commit;
 * localStorage is written in the same task as the keystroke, so it survives both. There is one
 * small entry per workshop and version, holding the whole pending state, removed once autosave
 * has stored it. On the next start (or when the workshop is next opened) an entry left behind by
 * a page that is gone goes into the draft, and never into a frozen version.
 *
 * This module is part of the start-up bundle (the editor store imports it): it uses no zod and
 * no Dexie; writing a left-over entry to storage loads the repositories when needed.
 */

const PREFIX = 'cg.journal.v1.';
/** This page: entries it writes are its own, and only it removes them once stored. */
export const SESSION = newId();
/** An entry untouched for this long is left over from a page that crashed or was killed. */
const ABANDONED_MS = 30_000;
/**
 * A stored record written this long after the entry's last keystroke came from someone else
 * (another window, a restore): it is newer than the entry, which is then dropped. Within it, the
 * write may be this page's own save of an earlier snapshot that finished after the keystroke.
 */
const NEWER_MS = 10_000;
/** How long a replayed entry stays for a load that read storage just before the replay wrote it. */
const REPLAY_LINGER_MS = 1000;

export interface JournalEntry {
  v: 1;
  owner: string;
  /** Set when the owning page went away (pagehide): anyone may take the entry over at once. */
  closed: boolean;
  /** Time of the last change, in ms. */
  at: number;
  revision: number;
  workshopId: string;
  versionId: string;
  /** The draft's content; null when the version is not a draft (only the workshop can change). */
  content: AgreementContent | null;
  workshop: Workshop;
}

let enabled = true;
/** Owners whose page no longer holds its lock (Web Locks), found at start. */
const deadOwners = new Set<string>();

/** The audience window only shows the workshop: it neither journals nor takes entries over. */
export function setJournalEnabled(on: boolean) {
  enabled = on;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The localStorage key of one workshop and version's entry. */
export const journalKey = (workshopId: string, versionId: string) => `${PREFIX}${workshopId}.${versionId}`;
const keyOf = journalKey;

/** Checks the shape cheaply (no zod here); the repositories validate fully before storing. */
function isEntry(value: unknown): value is JournalEntry {
  const e = value as Partial<JournalEntry> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    e.v === 1 &&
    typeof e.owner === 'string' &&
    typeof e.at === 'number' &&
    typeof e.revision === 'number' &&
    typeof e.workshopId === 'string' &&
    typeof e.versionId === 'string' &&
    typeof e.workshop === 'object' &&
    e.workshop !== null &&
    e.workshop.id === e.workshopId &&
    e.workshop.versionId === e.versionId &&
    (e.content === null || (typeof e.content === 'object' && typeof e.content.organisation === 'string'))
  );
}

function read(key: string): JournalEntry | null {
  const raw = storage()?.getItem(key);
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (isEntry(parsed)) return parsed;
  } catch {
    // Unreadable: dropped below.
  }
  storage()?.removeItem(key);
  return null;
}

function write(entry: JournalEntry): boolean {
  try {
    storage()?.setItem(keyOf(entry.workshopId, entry.versionId), JSON.stringify(entry));
    return true;
  } catch (error) {
    // Full or unavailable: autosave still stores the edit, only the reload safety net is missing.
    console.warn('Unsaved edits could not be kept for a reload', error);
    return false;
  }
}

export function journalKeys(): string[] {
  const store = storage();
  if (!store) return [];
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys;
}

/** Every readable entry (unreadable ones are removed). */
export function journalEntries(): JournalEntry[] {
  return journalKeys()
    .map(read)
    .filter((e): e is JournalEntry => e !== null);
}

/** Called on every change autosave has not stored yet, in the same task as the change. */
export function journalChange(workshop: Workshop, version: AgreementVersion, revision: number): void {
  if (!enabled || workshop.versionId !== version.id) return;
  write({ v: 1, owner: SESSION, closed: false, at: Date.now(), revision, workshopId: workshop.id, versionId: version.id, content: isFrozen(version) ? null : version.content, workshop });
}

/** Autosave stored (or was refused for good) this revision: this page's entry up to it goes. */
export function journalSettled(workshopId: string, versionId: string, revision: number): void {
  const key = keyOf(workshopId, versionId);
  const entry = read(key);
  if (entry && entry.owner === SESSION && entry.revision <= revision) storage()?.removeItem(key);
}

/** The page is going away (or coming back from the back-forward cache): say so in its entries. */
export function journalPageClosed(closed = true): void {
  for (const entry of journalEntries()) if (entry.owner === SESSION && entry.closed !== closed) write({ ...entry, closed });
}

/** Whether this page may take the entry over: its own, or one whose page is gone. */
function isLeftOver(entry: JournalEntry, now = Date.now()): boolean {
  return entry.owner === SESSION || entry.closed || deadOwners.has(entry.owner) || now - entry.at > ABANDONED_MS;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sameWorkshop = (a: Workshop, b: Workshop) => sameJson({ ...a, updatedAt: '' }, { ...b, updatedAt: '' });
/** True when the stored record was not written by someone else after the entry's last change. */
const notNewer = (storedIso: string, entry: JournalEntry) => !(Date.parse(storedIso) - entry.at > NEWER_MS);

export interface Restored {
  workshop: Workshop;
  version: AgreementVersion;
}

function sayRefused(entry: JournalEntry, version: AgreementVersion, why: 'frozen' | 'newer') {
  const what = `Changes to ${version.content.organisation} v${version.version} made just before the app last closed`;
  if (why === 'frozen') notify.error(`${what} were not added: this version was signed meanwhile. ${FROZEN_MESSAGE}`);
  else notify.info(`${what} were not added: a newer save of this version was found and kept.`);
  console.info('Journal entry dropped', why, entry.workshopId, entry.versionId);
}

/**
 * What a workshop being opened should show: the stored records, with a left-over journal entry
 * laid over them when storage does not hold it yet. Null when there is nothing to restore. A
 * frozen version never takes content: the entry's content is dropped and the person told.
 */
export function restoreFromJournal(workshop: Workshop, version: AgreementVersion): Restored | null {
  if (!enabled) return null;
  const key = keyOf(workshop.id, version.id);
  const entry = read(key);
  if (!entry || !isLeftOver(entry)) return null;
  let content = version.content;
  if (entry.content && !sameJson(entry.content, version.content)) {
    if (isFrozen(version)) {
      sayRefused(entry, version, 'frozen');
      write({ ...entry, content: null });
    } else if (!notNewer(version.updatedAt, entry)) sayRefused(entry, version, 'newer');
    else content = entry.content;
  }
  const nextWorkshop = !sameWorkshop(entry.workshop, workshop) && notNewer(workshop.updatedAt, entry) ? { ...entry.workshop, updatedAt: workshop.updatedAt } : workshop;
  if (content === version.content && nextWorkshop === workshop) {
    // Storage already holds it (or it was refused): an entry of another page is finished with.
    if (entry.owner !== SESSION) storage()?.removeItem(key);
    return null;
  }
  return { workshop: nextWorkshop, version: content === version.content ? version : { ...version, content } };
}

/** Finds which other pages are gone: their Web Lock is no longer held. Holds this page's own lock. */
async function findDeadOwners(): Promise<void> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return;
  const name = (owner: string) => `cg-journal-${owner}`;
  // Held until the page goes away, so other pages can tell this one is alive.
  void locks.request(name(SESSION), () => new Promise<void>(() => undefined)).catch(() => undefined);
  try {
    const held = new Set(((await locks.query()).held ?? []).map((l) => l.name));
    for (const entry of journalEntries()) if (entry.owner !== SESSION && !held.has(name(entry.owner))) deadOwners.add(entry.owner);
  } catch {
    // No answer: entries are taken over once closed or abandoned.
  }
}

export interface ReplayOptions {
  /**
   * When the workshop is open in the editor, lays the entry over it there (autosave then stores
   * it, and the editor keeps no older copy to write back) and answers true.
   */
  restoreOpen: (workshopId: string) => boolean;
}

/**
 * On start: writes every left-over entry into storage (the draft's content, the workshop) so the
 * library and other windows see it too, then removes it. Content of a version frozen meanwhile
 * is refused by the repository's frozen rule, dropped, and the person told. A write that fails
 * for another reason keeps the entry for the next start.
 */
export async function replayJournal(options: ReplayOptions): Promise<number> {
  if (!enabled) return 0;
  await findDeadOwners();
  const leftOver = journalEntries().filter((e) => e.owner !== SESSION && isLeftOver(e));
  if (leftOver.length === 0) return 0;
  const [{ loadWorkshop, saveDraftContent, saveWorkshop }, { auditEditedSteps, stepsEdited }] = await Promise.all([import('../db/repositories/workshops'), import('./edit-audit')]);
  let replayed = 0;
  for (const entry of leftOver) {
    const key = keyOf(entry.workshopId, entry.versionId);
    if (options.restoreOpen(entry.workshopId)) continue;
    try {
      const found = await loadWorkshop(entry.workshopId);
      if (!found || found.version.id !== entry.versionId) {
        // The workshop was deleted (or moved on to another version) since: nothing to put it in.
        storage()?.removeItem(key);
        continue;
      }
      const { workshop, version } = found;
      if (entry.content && !sameJson(entry.content, version.content)) {
        if (!notNewer(version.updatedAt, entry)) sayRefused(entry, version, 'newer');
        else {
          try {
            await saveDraftContent(version.id, entry.content);
            await auditEditedSteps({ ...version, content: entry.content }, stepsEdited(version.content, entry.content)).catch((error: unknown) => console.warn('The replayed edit could not be recorded in the audit trail', error));
          } catch (error) {
            if ((error as { code?: string }).code !== 'FROZEN') throw error;
            sayRefused(entry, version, 'frozen');
          }
        }
      }
      if (!sameWorkshop(entry.workshop, workshop) && notNewer(workshop.updatedAt, entry)) await saveWorkshop(entry.workshop);
      replayed += 1;
      // A load that read storage just before these writes still finds the entry for a moment.
      setTimeout(() => removeIfUnchanged(key, entry), REPLAY_LINGER_MS);
    } catch (error) {
      console.warn('Changes kept from before the last close could not be stored yet; trying again next start', error);
    }
  }
  return replayed;
}

function removeIfUnchanged(key: string, entry: JournalEntry) {
  const now = read(key);
  if (now && now.owner === entry.owner && now.at === entry.at && now.revision === entry.revision) storage()?.removeItem(key);
}
