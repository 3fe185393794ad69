import { create } from 'zustand';
import { temporal } from 'zundo';
import type { AgreementContent, AgreementVersion } from '../../../shared/model/agreement';
import type { Workshop } from '../../../shared/model/workshop';
import { FROZEN_MESSAGE, isFrozen } from '../../../shared/rules/frozen';
import { restoreFromJournal } from './journal';

export type SaveState = 'saved' | 'saving' | 'error';

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
  /** One user action on the agreement content; returns an error message when refused. */
  editContent(mutate: (content: AgreementContent) => AgreementContent, options?: EditOptions): string | null;
  /** One user action on the workshop's own state (consents, maturity, rankings, parking lot). */
  editWorkshop(mutate: (workshop: Workshop) => Workshop, options?: EditOptions): void;
  /** Agenda and timer changes: saved, but not undo steps (undo should not rewind a clock). */
  setAgenda(mutate: (agenda: Workshop['agenda']) => Workshop['agenda']): void;
  /** Replaces the version after a repository call changed it (signing, revising). */
  replaceVersion(version: AgreementVersion): void;
  setSaveState(state: SaveState, error?: string | null): void;
}

export interface EditOptions {
  /** Edits with the same key within a second form one undo step (typing a word is one action). */
  coalesce?: string;
}

const COALESCE_MS = 1000;
let lastEdit: { key: string; at: number } | null = null;

function shouldCoalesce(options?: EditOptions): boolean {
  const nowMs = Date.now();
  const same = Boolean(options?.coalesce && lastEdit && lastEdit.key === options.coalesce && nowMs - lastEdit.at < COALESCE_MS);
  lastEdit = options?.coalesce ? { key: options.coalesce, at: nowMs } : null;
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
      editContent: (mutate, options) => {
        const { version } = get();
        if (!version) return 'No workshop is open';
        if (isFrozen(version)) return FROZEN_MESSAGE;
        const apply = () => set({ version: { ...version, content: mutate(version.content) }, revision: get().revision + 1 });
        withCoalescing(options, apply);
        return null;
      },
      editWorkshop: (mutate, options) => {
        const { workshop } = get();
        if (!workshop) return;
        withCoalescing(options, () => set({ workshop: mutate(workshop), revision: get().revision + 1 }));
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

function withCoalescing(options: EditOptions | undefined, apply: () => void) {
  if (shouldCoalesce(options)) untracked(apply);
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
