import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/database';
import { createWorkshop, loadWorkshop } from '../../../renderer/src/db/repositories/workshops';
import { startAutosave } from '../../../renderer/src/stores/autosave';
import { useEditor, undo } from '../../../renderer/src/stores/editor';

const input = (organisation: string) => ({ organisation, title: 'Alignment', quarter: '2027-Q1', date: '2027-01-12' });

async function open(workshopId: string) {
  const found = await loadWorkshop(workshopId);
  useEditor.getState().load(found!.workshop, found!.version);
}

const settle = async () => {
  await new Promise((r) => setTimeout(r, 400));
  await new Promise((r) => setTimeout(r, 50));
};

describe('autosave', () => {
  let stop: () => void;
  beforeEach(async () => {
    await db.delete();
    await db.open();
    stop = startAutosave();
  });
  afterEach(() => stop());

  it('stores an edit shortly after it happens and reports saved', async () => {
    const w = await createWorkshop(input('Acme'));
    await open(w.id);
    useEditor.getState().editContent((c) => ({ ...c, organisation: 'Acme Robotics' }));
    expect(useEditor.getState().saveState).toBe('saving');
    await settle();
    expect(useEditor.getState().saveState).toBe('saved');
    expect((await db.versions.get(w.versionId))!.content.organisation).toBe('Acme Robotics');
  });

  it('keeps the last edit of a workshop when another one is opened before the save fires', async () => {
    const a = await createWorkshop(input('Alpha'));
    const b = await createWorkshop(input('Beta'));
    await open(a.id);
    useEditor.getState().editContent((c) => ({ ...c, title: 'Edited just before switching' }));
    await open(b.id);
    useEditor.getState().editContent((c) => ({ ...c, title: 'Beta edit' }));
    await settle();
    expect((await db.versions.get(a.versionId))!.content.title).toBe('Edited just before switching');
    expect((await db.versions.get(b.versionId))!.content.title).toBe('Beta edit');
  });

  it('saves the undone state too', async () => {
    const w = await createWorkshop(input('Gamma'));
    await open(w.id);
    useEditor.getState().editContent((c) => ({ ...c, facilitator: 'Riley' }));
    await settle();
    undo();
    await settle();
    expect((await db.versions.get(w.versionId))!.content.facilitator).toBe('');
  });
});

describe('edit audit', () => {
  let stop: () => void;
  beforeEach(async () => {
    await db.delete();
    await db.open();
    stop = startAutosave();
  });
  afterEach(() => stop());

  it('records one edited event per working session, not one per keystroke, and none for workshop-only changes', async () => {
    const w = await createWorkshop(input('Delta'));
    await open(w.id);
    useEditor.getState().editWorkshop((x) => ({ ...x, parkingLot: [] }));
    await settle();
    const edited = () => db.auditEvents.where('versionId').equals(w.versionId).filter((e) => e.kind === 'edited').count();
    expect(await edited()).toBe(0);
    useEditor.getState().editContent((c) => ({ ...c, facilitator: 'R' }));
    await settle();
    useEditor.getState().editContent((c) => ({ ...c, facilitator: 'Ri' }));
    await settle();
    expect(await edited()).toBe(1);
  });
});
