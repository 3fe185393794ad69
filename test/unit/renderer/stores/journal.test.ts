import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { createWorkshop, loadWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import { loadAuditChain } from '../../../../renderer/src/db/repositories/audit';
import { startAutosave } from '../../../../renderer/src/stores/autosave';
import { useEditor, undo } from '../../../../renderer/src/stores/editor';
import { resetSittings } from '../../../../renderer/src/stores/edit-audit';
import { journalEntries, journalKey, replayJournal, SESSION, type JournalEntry } from '../../../../renderer/src/stores/journal';
import { notify } from '../../../../renderer/src/ui/toast';
import { verifyAuditChain } from '../../../../shared/rules/audit-chain';
import type { AgreementContent, AgreementVersion } from '../../../../shared/model/agreement';
import type { Workshop } from '../../../../shared/model/workshop';
import { input } from '../db/helpers';

vi.mock('../../../../renderer/src/ui/toast', () => ({ notify: { error: vi.fn(), info: vi.fn(), success: vi.fn(), undoable: vi.fn() } }));

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const settle = () => wait(500);
const noOpen = { restoreOpen: () => false };

async function opened(organisation: string) {
  const w = await createWorkshop(input(organisation));
  const found = (await loadWorkshop(w.id))!;
  return found;
}

/** The entry a page leaves behind when it went away before its last save was stored. */
function leaveEntry(workshop: Workshop, version: AgreementVersion, content: Partial<AgreementContent>, extra: Partial<JournalEntry> = {}) {
  const entry: JournalEntry = { v: 1, owner: 'a-page-that-is-gone', closed: true, at: Date.now(), revision: 7, workshopId: workshop.id, versionId: version.id, content: { ...version.content, ...content }, workshop, ...extra };
  localStorage.setItem(journalKey(workshop.id, version.id), JSON.stringify(entry));
}

let stop: () => void = () => undefined;
beforeEach(async () => {
  useEditor.getState().close();
  localStorage.clear();
  await db.delete();
  await db.open();
  resetSittings();
  vi.mocked(notify.error).mockClear();
  vi.mocked(notify.info).mockClear();
});
afterEach(() => {
  stop();
  stop = () => undefined;
});

describe('the journal of unsaved edits', () => {
  it('holds every change in the same task as the keystroke, and lets it go once stored', async () => {
    stop = startAutosave();
    const { workshop, version } = await opened('Acme');
    useEditor.getState().load(workshop, version);
    useEditor.getState().editContent((c) => ({ ...c, organisation: 'Acme R' }));
    // No await: a reload right now would find this.
    const [entry] = journalEntries();
    expect(entry).toMatchObject({ owner: SESSION, closed: false, workshopId: workshop.id, versionId: version.id });
    expect(entry.content?.organisation).toBe('Acme R');
    await settle();
    expect((await db.versions.get(version.id))!.content.organisation).toBe('Acme R');
    expect(journalEntries()).toEqual([]);
  });

  it('a save that does not commit before the page goes away is written by the next start', async () => {
    stop = startAutosave();
    const { workshop, version } = await opened('Acme');
    useEditor.getState().load(workshop, version);
    // A save that cannot commit (as one started in pagehide may not): the entry stays.
    const fail = () => {
      throw new Error('The page is going away');
    };
    db.versions.hook('updating', fail);
    try {
      useEditor.getState().editContent((c) => ({ ...c, title: 'Typed just before the reload' }));
      window.dispatchEvent(new Event('pagehide'));
      await wait(100);
      expect(journalEntries()).toMatchObject([{ owner: SESSION, closed: true }]);
    } finally {
      db.versions.hook('updating').unsubscribe(fail);
    }
    stop();
    // The next start is a new page: fresh modules, a new session, the same storage.
    vi.resetModules();
    const next = await import('../../../../renderer/src/stores/journal');
    expect(next.SESSION).not.toBe(SESSION);
    expect(await next.replayJournal(noOpen)).toBe(1);
    expect((await db.versions.get(version.id))!.content.title).toBe('Typed just before the reload');
  });

  it('leaving a field stores its value without waiting', async () => {
    stop = startAutosave();
    const { workshop, version } = await opened('Acme');
    useEditor.getState().load(workshop, version);
    useEditor.getState().editContent((c) => ({ ...c, facilitator: 'Riley' }));
    document.dispatchEvent(new FocusEvent('focusout'));
    await wait(100); // well before the 250 ms debounce
    expect((await db.versions.get(version.id))!.content.facilitator).toBe('Riley');
  });
});

describe('taking over what a page that went away left', () => {
  it('opening the workshop shows the unsaved text, stores it honestly (saving, then saved) and audits the step', async () => {
    stop = startAutosave();
    const { workshop, version } = await opened('Acme');
    leaveEntry(workshop, version, { organisation: 'Acme Robotics' });
    const states: string[] = ['saved'];
    // A state set from inside a listener reaches the other listeners twice (zustand): count changes, not calls.
    const unsubscribe = useEditor.subscribe((s) => s.saveState !== states[states.length - 1] && states.push(s.saveState));
    useEditor.getState().load(workshop, version);
    expect(useEditor.getState().version!.content.organisation).toBe('Acme Robotics');
    expect(useEditor.getState().saveState).toBe('saving');
    await settle();
    unsubscribe();
    expect(states).toEqual(['saved', 'saving', 'saved']);
    expect((await db.versions.get(version.id))!.content.organisation).toBe('Acme Robotics');
    expect(journalEntries()).toEqual([]);
    // Restored, not an undo step: undo cannot take the typing away again.
    undo();
    expect(useEditor.getState().version!.content.organisation).toBe('Acme Robotics');
    const chain = await loadAuditChain(workshop.agreementId);
    expect(chain.filter((e) => e.kind === 'edited').map((e) => e.detail)).toEqual(['Participants edited in draft v1']);
    expect(verifyAuditChain(chain).ok).toBe(true);
  });

  it('the start-up replay writes it into the draft, with consent votes, and drops it', async () => {
    const { workshop, version } = await opened('Acme');
    leaveEntry(workshop, version, { title: 'Replayed title' }, { workshop: { ...workshop, consents: [{ step: 'goals', team: 'Sales', fist: 5, objection: '' }] } });
    expect(await replayJournal(noOpen)).toBe(1);
    expect((await db.versions.get(version.id))!.content.title).toBe('Replayed title');
    expect((await db.workshops.get(workshop.id))!.consents).toHaveLength(1);
    const chain = await loadAuditChain(workshop.agreementId);
    expect(chain.map((e) => e.kind)).toEqual(['created', 'edited', 'consent']);
    expect(verifyAuditChain(chain).ok).toBe(true);
    await wait(1100);
    expect(journalEntries()).toEqual([]);
  });

  it('never writes into a frozen version: the entry is dropped and the person told', async () => {
    const { workshop, version } = await opened('Acme');
    leaveEntry(workshop, version, { title: 'Typed before it was signed elsewhere' });
    await db.versions.put({ ...version, status: 'signing', contentHash: 'a'.repeat(64) });
    await replayJournal(noOpen);
    expect((await db.versions.get(version.id))!.content.title).toBe(version.content.title);
    expect(notify.error).toHaveBeenCalledWith(expect.stringContaining('were not added: this version was signed meanwhile'));
    await wait(1100);
    expect(journalEntries()).toEqual([]);

    // The editor refuses it the same way when the workshop is opened before the replay ran.
    leaveEntry(workshop, version, { title: 'Typed before it was signed elsewhere' });
    const frozen = (await db.versions.get(version.id))!;
    useEditor.getState().load(workshop, frozen);
    expect(useEditor.getState().version!.content.title).toBe(version.content.title);
    expect(notify.error).toHaveBeenCalledTimes(2);
  });

  it('leaves alone the entry of a page still open (another window typing right now)', async () => {
    const { workshop, version } = await opened('Acme');
    leaveEntry(workshop, version, { title: 'Someone is still typing' }, { closed: false });
    expect(await replayJournal(noOpen)).toBe(0);
    useEditor.getState().load(workshop, version);
    expect(useEditor.getState().version!.content.title).toBe(version.content.title);
    expect(journalEntries()).toHaveLength(1);
  });

  it('keeps a record stored well after the entry (another window, a restore) rather than the older entry', async () => {
    const { workshop, version } = await opened('Acme');
    leaveEntry(workshop, version, { title: 'Older typing' }, { at: Date.parse(version.updatedAt) - 60_000 });
    useEditor.getState().load(workshop, version);
    expect(useEditor.getState().version!.content.title).toBe(version.content.title);
    expect(notify.info).toHaveBeenCalledWith(expect.stringContaining('a newer save of this version was found and kept'));
  });

  it('drops entries it cannot read and entries of workshops that no longer exist', async () => {
    const { workshop, version } = await opened('Acme');
    localStorage.setItem(journalKey('w-x', 'v-x'), '{not json');
    leaveEntry(workshop, version, { title: 'Gone' });
    await db.workshops.delete(workshop.id);
    expect(await replayJournal(noOpen)).toBe(0);
    expect(journalEntries()).toEqual([]);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('cg.journal'))).toEqual([]);
  });
});
