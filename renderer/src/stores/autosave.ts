import type { AgreementVersion } from '../../../shared/model/agreement';
import type { Workshop } from '../../../shared/model/workshop';
import { saveDraftContent, saveWorkshop } from '../db/repositories/workshops';
import { useEditor } from './editor';

const DEBOUNCE_MS = 250;

interface Pending {
  workshop: Workshop;
  version: AgreementVersion;
  revision: number;
}

/**
 * Writes the open workshop to IndexedDB shortly after every change, and at once when the page is
 * hidden or closed, so nothing typed is lost. It saves a snapshot taken at the change, so opening
 * another workshop before the timer fires still stores the first one's last edit.
 */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  // One pending snapshot per workshop: a quick switch between workshops must not drop the first.
  const pending = new Map<string, Pending>();
  let running: Promise<void> = Promise.resolve();

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const snapshots = [...pending.values()];
    pending.clear();
    if (snapshots.length === 0) return running;
    running = running.then(async () => {
      for (const snapshot of snapshots) {
        try {
          if (snapshot.version.status === 'draft') await saveDraftContent(snapshot.version.id, snapshot.version.content);
          await saveWorkshop(snapshot.workshop);
          if (useEditor.getState().revision === snapshot.revision) useEditor.getState().setSaveState('saved');
        } catch (error) {
          useEditor.getState().setSaveState('error', (error as Error).message);
        }
      }
    });
    return running;
  };

  const unsubscribe = useEditor.subscribe((state, previous) => {
    if (state.revision === previous.revision || !state.workshop || !state.version) return;
    pending.set(state.workshop.id, { workshop: state.workshop, version: state.version, revision: state.revision });
    if (state.saveState !== 'saving') useEditor.getState().setSaveState('saving');
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, DEBOUNCE_MS);
  });
  const onHide = () => void flush();
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onHide);
  };
}
