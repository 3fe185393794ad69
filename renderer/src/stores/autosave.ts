import type { AgreementVersion } from '../../../shared/model/agreement';
import type { StepId, Workshop } from '../../../shared/model/workshop';
import { registerFlush, useEditor } from './editor';
import { sittingsRecorded, stepsDue, stepsEdited } from './edit-audit';
import { journalChange, journalPageClosed, journalSettled, replayJournal, setJournalEnabled } from './journal';

const DEBOUNCE_MS = 250;
/** Waits before retrying a failed save, one per attempt; after the last, the next change or flush retries. */
const RETRY_DELAYS_MS = [1000, 3000, 10_000];

interface Pending {
  workshop: Workshop;
  version: AgreementVersion;
  revision: number;
  /** The agenda steps whose part of the agreement changed (none for workshop-only changes): audited once stored. */
  steps: StepId[];
  /** What is still to be written: the draft's content, the workshop (step, agenda, consents…), or both. */
  writeContent: boolean;
  writeWorkshop: boolean;
  /** Failed attempts so far; automatic retries stop after RETRY_DELAYS_MS runs out. */
  attempts: number;
}

interface Outcome {
  /** What still has to be written, or null when everything was written or refused for good. */
  left: Pending | null;
  errors: string[];
}

/**
 * Writes one snapshot through one repository operation, in one transaction (saveEditorSnapshot):
 * the content, its 'edited' events and the workshop. A refused part (a version frozen elsewhere) is
 * reported and not retried, and does not cost the other part; any other failure writes nothing, and
 * the whole snapshot stays pending (the caller retries it).
 */
async function write(snapshot: Pending): Promise<Outcome> {
  // The repositories (and zod) load with the first save, keeping them out of the start-up bundle.
  const { saveEditorSnapshot } = await import('../db/repositories/workshops');
  const editedSteps = snapshot.writeContent ? stepsDue(snapshot.version, snapshot.steps) : [];
  const { content, workshop, audited } = await saveEditorSnapshot({ workshop: snapshot.workshop, version: snapshot.version, writeContent: snapshot.writeContent, writeWorkshop: snapshot.writeWorkshop, editedSteps });
  sittingsRecorded(snapshot.version, audited);
  const errors = [content, workshop].flatMap((part) => (part.status === 'refused' ? [part.refusal.message] : []));
  return { left: null, errors };
}

export interface AutosaveOptions {
  /** Lowered by tests. */
  retryDelaysMs?: readonly number[];
  /** Keep a synchronous journal of unsaved edits and replay what a closed page left (off in the audience window). */
  journal?: boolean;
}

/**
 * Writes the open workshop to IndexedDB shortly after every change, and at once when a field is
 * left or the page is hidden or closed. A write started as the page goes away may never commit,
 * so every change is also journalled synchronously (./journal) and replayed on the next start.
 * It saves a snapshot taken at the change, so opening another workshop before the timer fires
 * still stores the first one's last edit. A save that fails stays pending (and journalled) and is
 * retried (a few times with a growing wait, then with the next change or flush); the save state
 * reads 'error' until it is written.
 */
export function startAutosave(options: AutosaveOptions = {}): () => void {
  const retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  setJournalEnabled(options.journal ?? true);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  // One pending snapshot per workshop: a quick switch between workshops must not drop the first.
  const pending = new Map<string, Pending>();
  let running: Promise<void> = Promise.resolve();

  const scheduleRetry = () => {
    const attempts = Math.min(...[...pending.values()].map((p) => p.attempts));
    const delay = retryDelays[attempts - 1];
    if (timer || retryTimer || delay === undefined) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void flush();
    }, delay);
  };

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    if (retryTimer) clearTimeout(retryTimer);
    timer = retryTimer = null;
    const snapshots = [...pending.values()];
    pending.clear();
    if (snapshots.length === 0) return running;
    running = running.then(async () => {
      const errors: string[] = [];
      for (const snapshot of snapshots) {
        const outcome = await write(snapshot).catch((error: unknown): Outcome => ({ left: snapshot, errors: [(error as Error).message] }));
        errors.push(...outcome.errors);
        // Stored, or refused for good: the journal no longer needs this revision.
        if (!outcome.left) journalSettled(snapshot.workshop.id, snapshot.version.id, snapshot.revision);
        // A change made meanwhile is a newer full snapshot of the same workshop: it replaces the failed one.
        const newer = pending.get(snapshot.workshop.id);
        if (outcome.left && !newer) pending.set(snapshot.workshop.id, { ...outcome.left, attempts: snapshot.attempts + 1 });
        // The newer snapshot writes everything, but only knows of edits made since this flush began.
        else if (outcome.left && newer) newer.steps = [...new Set([...newer.steps, ...outcome.left.steps])];
      }
      const editor = useEditor.getState();
      // Honest state: 'error' while anything failed, 'saved' only once the latest change is written.
      if (errors.length > 0) editor.setSaveState('error', errors[0]);
      else if (pending.size === 0 && editor.revision === Math.max(...snapshots.map((s) => s.revision))) editor.setSaveState('saved');
      if ([...pending.values()].some((p) => p.attempts > 0)) scheduleRetry();
    });
    return running;
  };

  const unsubscribe = useEditor.subscribe((state, previous) => {
    if (state.revision === previous.revision || !state.workshop || !state.version) return;
    // Written in this same task, so a reload or close right after the keystroke cannot lose it.
    journalChange(state.workshop, state.version, state.revision);
    const earlier = pending.get(state.workshop.id);
    const changed = previous.version?.id === state.version.id && previous.version.content !== state.version.content ? stepsEdited(previous.version.content, state.version.content) : [];
    const steps = earlier ? [...new Set([...earlier.steps, ...changed])] : changed;
    // Each snapshot holds the whole state, so it also carries whatever an earlier failed one did not write.
    pending.set(state.workshop.id, {
      workshop: state.workshop,
      version: state.version,
      revision: state.revision,
      steps,
      writeContent: state.version.status === 'draft',
      writeWorkshop: true,
      attempts: 0,
    });
    if (state.saveState !== 'saving') useEditor.getState().setSaveState('saving');
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, DEBOUNCE_MS);
  });
  const onHide = () => void flush();
  // Gone for good unless it comes back from the back-forward cache: the next start may take the journal over.
  const onPageHide = () => {
    journalPageClosed(true);
    void flush();
  };
  const onPageShow = (event: PageTransitionEvent) => event.persisted && journalPageClosed(false);
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('pageshow', onPageShow);
  document.addEventListener('visibilitychange', onHide);
  // Leaving a field stores what was typed in it without waiting.
  document.addEventListener('focusout', onHide);
  registerFlush(flush);
  if (options.journal ?? true) {
    const restoreOpen = (workshopId: string) => {
      const editor = useEditor.getState();
      if (editor.workshop?.id !== workshopId) return false;
      editor.restoreJournal();
      return true;
    };
    void replayJournal({ restoreOpen }).catch((error: unknown) => console.warn('Unsaved changes from before the last close could not be restored', error));
  }
  return () => {
    unsubscribe();
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    registerFlush(null);
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('pageshow', onPageShow);
    document.removeEventListener('visibilitychange', onHide);
    document.removeEventListener('focusout', onHide);
  };
}
