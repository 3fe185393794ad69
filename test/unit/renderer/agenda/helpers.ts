import { createWorkshop, loadWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import { useEditor } from '../../../../renderer/src/stores/editor';

/** A fresh template workshop loaded into the editor, as the workshop screen would. */
export async function openTemplateWorkshop() {
  const workshop = await createWorkshop({ organisation: 'Acme', title: 'Q1 SLA', quarter: '2027-Q1', date: '2027-01-14', facilitator: 'Riley' });
  const found = await loadWorkshop(workshop.id);
  useEditor.getState().load(found!.workshop, found!.version);
  return workshop;
}

export const editorWorkshop = () => useEditor.getState().workshop!;
export const editorContent = () => useEditor.getState().version!.content;
