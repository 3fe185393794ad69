import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { createWorkshop, loadWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import { startAutosave } from '../../../../renderer/src/stores/autosave';
import { useEditor, type SaveState } from '../../../../renderer/src/stores/editor';
import { input } from '../db/helpers';

async function open(workshopId: string) {
  const found = await loadWorkshop(workshopId);
  useEditor.getState().load(found!.workshop, found!.version);
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const settle = () => wait(500);

/** Makes writes of the workshops table fail while `failing()` says so; counts the attempts. */
type UpdatingHook = (changes: object, workshopId: string) => void;
const hooks: UpdatingHook[] = [];
function failWorkshopWrites(failing: (workshopId: string) => boolean) {
  const attempts = { count: 0 };
  const hook: UpdatingHook = (_changes, workshopId) => {
    attempts.count += 1;
    if (failing(String(workshopId))) throw new Error('The disk is busy');
  };
  hooks.push(hook);
  db.workshops.hook('updating', hook);
  return attempts;
}

let stop: () => void = () => undefined;
let states: SaveState[] = [];
let unsubscribe: () => void = () => undefined;
beforeEach(async () => {
  await db.delete();
  await db.open();
  states = [];
  unsubscribe = useEditor.subscribe((s, p) => {
    if (s.saveState !== p.saveState) states.push(s.saveState);
  });
});
afterEach(() => {
  stop();
  unsubscribe();
  // Hooks belong to the table object, which outlives db.delete(): remove them for the next test.
  for (const hook of hooks.splice(0)) db.workshops.hook('updating').unsubscribe(hook);
});

describe('autosave when a save fails', () => {
  it('still saves the workshop (step, agenda) when the content save is refused because the version froze elsewhere', async () => {
    stop = startAutosave();
    const w = await createWorkshop(input('Acme'));
    await open(w.id);
    // Signed in another window: this editor still holds the draft.
    const stored = (await db.versions.get(w.versionId))!;
    await db.versions.put({ ...stored, status: 'signing', contentHash: 'a'.repeat(64) });
    useEditor.getState().editContent((c) => ({ ...c, title: 'Too late' }));
    useEditor.getState().setAgenda((a) => ({ ...a, current: 'review' }));
    await settle();
    expect((await db.workshops.get(w.id))!.agenda.current).toBe('review');
    expect((await db.versions.get(w.versionId))!.content.title).not.toBe('Too late');
    expect(useEditor.getState().saveState).toBe('error');
    expect(useEditor.getState().saveError).toMatch(/frozen/);
  });

  it('keeps a failed snapshot pending and writes it on the retry, showing error until then', async () => {
    stop = startAutosave({ retryDelaysMs: [40, 40] });
    const w = await createWorkshop(input('Beta'));
    await open(w.id);
    states = [];
    let failuresLeft = 1;
    failWorkshopWrites(() => failuresLeft-- > 0);
    useEditor.getState().setAgenda((a) => ({ ...a, current: 'review' }));
    await settle();
    expect(states).toEqual(['saving', 'error', 'saved']);
    expect((await db.workshops.get(w.id))!.agenda.current).toBe('review');
    expect(useEditor.getState().saveError).toBeNull();
  });

  it('retries a bounded number of times, then writes the failed change with the next one', async () => {
    stop = startAutosave({ retryDelaysMs: [20, 20] });
    const w = await createWorkshop(input('Gamma'));
    await open(w.id);
    let broken = true;
    const attempts = failWorkshopWrites(() => broken);
    useEditor.getState().setAgenda((a) => ({ ...a, current: 'review' }));
    await settle();
    await settle();
    expect(attempts.count).toBe(3); // the save and two retries, then no more
    expect(useEditor.getState().saveState).toBe('error');
    expect(useEditor.getState().saveError).toBe('The disk is busy');
    broken = false;
    useEditor.getState().editWorkshop((x) => ({ ...x, parkingLot: [{ id: 'p1', text: 'Later', resolved: false, createdAt: new Date().toISOString() }] }));
    await settle();
    const stored = (await db.workshops.get(w.id))!;
    expect(stored.agenda.current).toBe('review');
    expect(stored.parkingLot.map((p) => p.text)).toEqual(['Later']);
    expect(useEditor.getState().saveState).toBe('saved');
  });

  it('does not report saved when one workshop failed and another saved after it', async () => {
    stop = startAutosave({ retryDelaysMs: [] });
    const a = await createWorkshop(input('Alpha'));
    const b = await createWorkshop(input('Bravo'));
    failWorkshopWrites((id) => id === a.id);
    await open(a.id);
    useEditor.getState().setAgenda((x) => ({ ...x, current: 'review' }));
    await open(b.id);
    useEditor.getState().setAgenda((x) => ({ ...x, current: 'review' }));
    await settle();
    expect((await db.workshops.get(b.id))!.agenda.current).toBe('review');
    expect(useEditor.getState().saveState).toBe('error');
  });
});
