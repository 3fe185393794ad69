import { saveDraftContent, saveWorkshop } from '../db/repositories/workshops';
import { useEditor } from './editor';

const DEBOUNCE_MS = 250;

/**
 * Writes the open workshop to IndexedDB shortly after every change, and at once when the page is
 * hidden or closed, so nothing typed is lost. The save state drives the "Saved" indicator.
 */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSavedRevision = 0;
  let running: Promise<void> = Promise.resolve();

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const { workshop, version, revision } = useEditor.getState();
    if (!workshop || !version || revision === lastSavedRevision) return running;
    lastSavedRevision = revision;
    running = running.then(async () => {
      try {
        if (version.status === 'draft') await saveDraftContent(version.id, version.content);
        await saveWorkshop(workshop);
        if (useEditor.getState().revision === revision) useEditor.getState().setSaveState('saved');
      } catch (error) {
        useEditor.getState().setSaveState('error', (error as Error).message);
      }
    });
    return running;
  };

  const unsubscribe = useEditor.subscribe((state, previous) => {
    if (state.revision === previous.revision || state.revision === 0) return;
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
