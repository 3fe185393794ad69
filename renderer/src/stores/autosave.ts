import type { AgreementVersion } from '../../../shared/model/agreement';
import type { Workshop } from '../../../shared/model/workshop';
import { db } from '../db/database';
import { useEditor } from './editor';

const DEBOUNCE_MS = 250;
/** Edits are audited per working session, not per keystroke: one 'edited' event per version per ten minutes. */
const EDIT_AUDIT_INTERVAL_MS = 10 * 60 * 1000;
const lastEditAudit = new Map<string, number>();

async function auditEdit(snapshot: Pending) {
  const { version, workshop } = snapshot;
  if (!snapshot.contentEdited) return;
  const last = lastEditAudit.get(version.id) ?? 0;
  if (Date.now() - last < EDIT_AUDIT_INTERVAL_MS) return;
  lastEditAudit.set(version.id, Date.now());
  const { recordAuditEvent } = await import('../db/repositories/audit');
  await recordAuditEvent(db, {
    agreementId: version.agreementId,
    versionId: version.id,
    kind: 'edited',
    actor: version.content.facilitator || 'Facilitator',
    detail: `Draft v${version.version} edited during the ${workshop.agenda.current} step`,
  });
}

interface Pending {
  workshop: Workshop;
  version: AgreementVersion;
  revision: number;
  /** True when the agreement content changed, not just the workshop's own state. */
  contentEdited: boolean;
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
          // The repositories (and zod) load with the first save, keeping them out of the start-up bundle.
          const { saveDraftContent, saveWorkshop } = await import('../db/repositories/workshops');
          if (snapshot.version.status === 'draft') {
            await saveDraftContent(snapshot.version.id, snapshot.version.content);
            await auditEdit(snapshot);
          }
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
    const earlier = pending.get(state.workshop.id);
    const contentEdited = Boolean(earlier?.contentEdited) || (previous.version?.id === state.version.id && previous.version.content !== state.version.content);
    pending.set(state.workshop.id, { workshop: state.workshop, version: state.version, revision: state.revision, contentEdited });
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
