import { create } from 'zustand';
import { temporal } from 'zundo';
import type { AgreementContent, AgreementVersion } from '../../../shared/model/agreement';
import type { Workshop } from '../../../shared/model/workshop';
import { withDerivedFields } from '../../../shared/rules/derived-fields';
import { FROZEN_MESSAGE, isFrozen } from '../../../shared/rules/frozen';
import { restoreFromJournal } from './journal';

export type SaveState = 'saved' | 'saving' | 'error';

export const NO_WORKSHOP_MESSAGE = 'No workshop is open';

interface EditorState {
  workshop: Workshop | null;
  version: AgreementVersion | null;
  saveState: SaveState;
  saveError: string | null;
  /** Bumped on every change that must be written to IndexedDB. */
  revision: number;
  load(workshop: Workshop, version: AgreementVersion): void;
  /** Lays unsaved edits a closed or reloaded page left in the journal over the open workshop. */
  restoreJournal(): void;
  close(): void;
  /**
   * Writes the agreement content, with its derived fields brought up to date; returns an error
   * message when refused (a frozen version). Screens edit through `edit()` in ./edit, which also
   * validates, and shows a refusal.
   */
  editContent(mutate: (content: AgreementContent) => AgreementContent, capture?: Capture): string | null;
  /** Writes the workshop's own state (consents, maturity, rankings, parking lot); screens use `edit()`. */
  editWorkshop(mutate: (workshop: Workshop) => Workshop, capture?: Capture): void;
  /** Agenda and timer changes: saved, but not undo steps (undo should not rewind a clock). */
  setAgenda(mutate: (agenda: Workshop['agenda']) => Workshop['agenda']): void;
  /** Replaces the version after a repository call changed it (signing, revising). */
  replaceVersion(version: AgreementVersion): void;
  setSaveState(state: SaveState, error?: string | null): void;
}

/**
 * How an edit enters the undo history, declared by each edit as Excalidraw's actions declare
 * `captureUpdate`: 'step' is one undo step; `{ coalesce: key }` joins the step before it when that
 * had the same key and came within a second (typing a word is one action); 'none' is saved but
 * is no undo step of its own.
 */
export type Capture = 'step' | { coalesce: string } | 'none';

const COALESCE_MS = 1000;
let lastEdit: { key: string; at: number } | null = null;

/** Whether the edit joins the undo step before it; remembers it for the next edit. */
function joinsLastStep(capture: Capture): boolean {
  if (capture === 'none') return true;
  const nowMs = Date.now();
  const key = capture === 'step' ? null : capture.coalesce;
  const same = Boolean(key && lastEdit && lastEdit.key === key && nowMs - lastEdit.at < COALESCE_MS);
  lastEdit = key ? { key, at: nowMs } : null;
  return same;
}

export const useEditor = create<EditorState>()(
  temporal(
    (set, get) => ({
      workshop: null,
      version: null,
      saveState: 'saved',
      saveError: null,
      revision: 0,
      load: (workshop, version) => {
        // The revision keeps counting across workshops so autosave never mistakes a new edit for one it saved.
        set({ workshop, version, saveState: 'saved', saveError: null });
        clearHistory();
        get().restoreJournal();
      },
      restoreJournal: () => {
        const { workshop, version } = get();
        if (!workshop || !version) return;
        // Edits a closed or reloaded page had not stored yet come back as one change autosave
        // writes (not an undo step): the store never shows less than what was typed.
        const restored = restoreFromJournal(workshop, version);
        if (restored) untracked(() => set({ ...restored, revision: get().revision + 1 }));
      },
      close: () => {
        set({ workshop: null, version: null });
        clearHistory();
      },
      editContent: (mutate, capture = 'step') => {
        const { version } = get();
        if (!version) return NO_WORKSHOP_MESSAGE;
        if (isFrozen(version)) return FROZEN_MESSAGE;
        const content = withDerivedFields(version.content, mutate(version.content));
        withCapture(capture, () => set({ version: { ...version, content }, revision: get().revision + 1 }));
        return null;
      },
      editWorkshop: (mutate, capture = 'step') => {
        const { workshop } = get();
        if (!workshop) return;
        withCapture(capture, () => set({ workshop: mutate(workshop), revision: get().revision + 1 }));
      },
      setAgenda: (mutate) => {
        const { workshop } = get();
        if (!workshop) return;
        untracked(() => set({ workshop: { ...workshop, agenda: mutate(workshop.agenda) }, revision: get().revision + 1 }));
      },
      replaceVersion: (version) => {
        set({ version });
        clearHistory();
      },
      setSaveState: (saveState, saveError = null) => set({ saveState, saveError }),
    }),
    {
      // Only what a person edits is history; save state and the timer are not.
      partialize: (state) => ({ version: state.version, workshop: state.workshop ? { ...state.workshop, agenda: undefined } : null }),
      equality: (a, b) => a.version === b.version && a.workshop?.id === b.workshop?.id && shallowWorkshopEqual(a.workshop, b.workshop),
      limit: 200,
    },
  ),
);

function shallowWorkshopEqual(a: Partial<Workshop> | null, b: Partial<Workshop> | null): boolean {
  if (!a || !b) return a === b;
  return a.consents === b.consents && a.parkingLot === b.parkingLot && a.maturity === b.maturity && a.rankings === b.rankings;
}

/** A fresh history also starts a fresh undo step: the next edit never merges into one from before. */
function clearHistory() {
  lastEdit = null;
  useEditor.temporal.getState().clear();
}

function untracked(apply: () => void) {
  const temporalStore = useEditor.temporal.getState();
  temporalStore.pause();
  try {
    apply();
  } finally {
    temporalStore.resume();
  }
}

function withCapture(capture: Capture, apply: () => void) {
  if (joinsLastStep(capture)) untracked(apply);
  else apply();
}

let flusher: (() => Promise<void>) | null = null;

/** Autosave registers how to write pending edits now (instead of after its short wait). */
export function registerFlush(flush: (() => Promise<void>) | null) {
  flusher = flush;
}

/**
 * Writes pending edits now: on leaving a field, and before anything that reads storage rather
 * than the store (signing reads the workshop's consents from storage).
 */
export function flushEdits(): Promise<void> {
  return flusher ? flusher() : Promise.resolve();
}

/** Undo/redo keep the agenda as it is now: history restores content, not the clock. */
export function undo() {
  const agenda = useEditor.getState().workshop?.agenda;
  lastEdit = null;
  useEditor.temporal.getState().undo();
  restoreAgenda(agenda);
}

export function redo() {
  const agenda = useEditor.getState().workshop?.agenda;
  lastEdit = null;
  useEditor.temporal.getState().redo();
  restoreAgenda(agenda);
}

function restoreAgenda(agenda: Workshop['agenda'] | undefined) {
  const { workshop, revision } = useEditor.getState();
  if (!workshop || !agenda) return;
  untracked(() => useEditor.setState({ workshop: { ...workshop, agenda }, revision: revision + 1 }));
}
