import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgreementVersion, VersionStatus } from '../../../../shared/model/agreement';
import type { Workshop } from '../../../../shared/model/workshop';
import { FROZEN_MESSAGE } from '../../../../shared/rules/frozen';
import { DERIVED_MQL_PER_MONTH, reverseFunnel } from '../../../../shared/rules/goals';
import { templateContent } from '../../../../shared/template/sales-marketing';
import { SAMPLE_INPUT } from '../../../../shared/template/sample';

const toastError = vi.fn();
vi.mock('../../../../renderer/src/ui/toast', () => ({ notify: { error: (m: string) => toastError(m), info: vi.fn(), success: vi.fn(), undoable: vi.fn() } }));

const { edit } = await import('../../../../renderer/src/stores/edit');
const { undo, useEditor } = await import('../../../../renderer/src/stores/editor');

const NOW = '2027-01-14T10:00:00.000Z';
let opened = 0;

function open(status: VersionStatus = 'draft') {
  const id = `e${++opened}`;
  const frozen = status !== 'draft';
  const version: AgreementVersion = { id: `v-${id}`, agreementId: `a-${id}`, version: 1, status, content: templateContent(SAMPLE_INPUT), contentHash: frozen ? 'a'.repeat(64) : null, signatures: [], previousVersionId: null, workshopId: `w-${id}`, createdAt: NOW, updatedAt: NOW, frozenAt: frozen ? NOW : null };
  const workshop = { id: `w-${id}`, versionId: version.id, agreementId: version.agreementId, agenda: { current: 'participants', steps: [], timerStartedAt: null }, consents: [], parkingLot: [], maturity: { Marketing: { answers: {}, submitted: false }, Sales: { answers: {}, submitted: false }, revealed: false }, rankings: { Marketing: { order: [], submitted: false }, Sales: { order: [], submitted: false }, revealed: false }, createdAt: NOW, updatedAt: NOW } as Workshop;
  useEditor.getState().load(workshop, version);
}

const state = () => useEditor.getState();
const content = () => state().version!.content;
const steps = () => useEditor.temporal.getState().pastStates.length;
const mqlRow = () => content().commitments.rows.find((r) => r.derivedFrom === DERIVED_MQL_PER_MONTH)!;
const withMqlToSal = (rate: number) => (g: ReturnType<typeof content>['goals']) => ({ ...g, rates: { ...g.rates, mqlToSal: rate } });

/** Expects the store exactly as it was: same objects, same revision, no new undo step. */
function expectUnchanged(before: { version: AgreementVersion | null; workshop: Workshop | null; revision: number; steps: number }) {
  expect(state().version).toBe(before.version);
  expect(state().workshop).toBe(before.workshop);
  expect(state().revision).toBe(before.revision);
  expect(steps()).toBe(before.steps);
}
const snapshot = () => ({ version: state().version, workshop: state().workshop, revision: state().revision, steps: steps() });

beforeEach(() => toastError.mockClear());

describe('edit(section, mutate, { capture }): a refused edit changes nothing and shows one toast', () => {
  it.each(['signing', 'signed'] as const)('a %s (frozen) version refuses every section, content and workshop rules alike', (status) => {
    open(status);
    const before = snapshot();
    const result = edit('goals', withMqlToSal(55));
    expect(result).toEqual({ ok: false, message: FROZEN_MESSAGE });
    expectUnchanged(before);
    expect(toastError).toHaveBeenCalledTimes(1);
    expect(toastError).toHaveBeenCalledWith(FROZEN_MESSAGE);
  });

  it('a value the section’s shared schema refuses (an empty stage name) is not saved', () => {
    open();
    const before = snapshot();
    const result = edit('leadDefinition', (lead) => ({ ...lead, stages: lead.stages.map((s, i) => (i === 0 ? { ...s, name: '' } : s)) }));
    expect(result).toEqual({ ok: false, message: 'Stage name is required' });
    expectUnchanged(before);
    expect(toastError).toHaveBeenCalledTimes(1);
  });

  it('goals the funnel refuses come back with the funnel rule’s sentence, not the schema’s', () => {
    open();
    const before = snapshot();
    const result = edit('goals', withMqlToSal(0));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^The MQL→SAL rate must be above 0 % \(it is 0 %\)/);
    expectUnchanged(before);
    expect(toastError).toHaveBeenCalledTimes(1);
  });

  it('a workshop section is checked by its schema too (a maturity rating of 9)', () => {
    open();
    const before = snapshot();
    const result = edit('maturity', (m) => ({ ...m, Sales: { ...m.Sales, answers: { s1: 9 } } }));
    expect(result.ok).toBe(false);
    expectUnchanged(before);
    expect(toastError).toHaveBeenCalledTimes(1);
  });

  it('with nothing open, the refusal says so', () => {
    useEditor.getState().close();
    expect(edit('scoring', (m) => m)).toEqual({ ok: false, message: 'No workshop is open' });
    expect(toastError).toHaveBeenCalledTimes(1);
  });

  it('an accepted edit shows no toast; one that changes nothing saves nothing', () => {
    open();
    expect(edit('title', () => 'Q1 pact')).toEqual({ ok: true });
    expect(content().title).toBe('Q1 pact');
    const before = snapshot();
    expect(edit('scoring', (m) => m)).toEqual({ ok: true });
    expectUnchanged(before);
    expect(toastError).not.toHaveBeenCalled();
  });
});

describe('capture: one undo step, coalesced by key, or none', () => {
  it('edits with the same coalesce key within a second are one undo step, and one undo takes them all back', () => {
    open();
    const original = content().goals.revenueTargetCents;
    for (const cents of [10_000_000, 15_000_000, 150_000_000]) edit('goals', (g) => ({ ...g, revenueTargetCents: cents }), { capture: { coalesce: 'goals.revenue' } });
    expect(content().goals.revenueTargetCents).toBe(150_000_000);
    expect(original).toBe(120_000_000);
    expect(steps()).toBe(1);
    undo();
    expect(content().goals.revenueTargetCents).toBe(original);
  });

  it('another key, or the default capture, starts a new step', () => {
    open();
    edit('goals', (g) => ({ ...g, reps: 5 }), { capture: { coalesce: 'goals.reps' } });
    edit('goals', (g) => ({ ...g, salesCycleDays: 90 }), { capture: { coalesce: 'goals.cycle' } });
    edit('leadDefinition', (l) => ({ ...l, salesReady: 'When BANT is met' }));
    edit('leadDefinition', (l) => ({ ...l, salesReady: 'When BANT is met.' }));
    expect(steps()).toBe(4);
  });

  it('a refused edit in the middle of typing neither adds a step nor breaks the run', () => {
    open();
    edit('goals', withMqlToSal(5), { capture: { coalesce: 'goals.rate' } });
    edit('goals', withMqlToSal(0), { capture: { coalesce: 'goals.rate' } });
    edit('goals', withMqlToSal(55), { capture: { coalesce: 'goals.rate' } });
    expect(steps()).toBe(1);
    expect(content().goals.rates.mqlToSal).toBe(55);
  });

  it("'none' is saved but is no undo step of its own", () => {
    open();
    const revision = state().revision;
    edit('facilitator', () => 'Riley', { capture: 'none' });
    expect(content().facilitator).toBe('Riley');
    expect(state().revision).toBe(revision + 1);
    expect(steps()).toBe(0);
  });
});

describe('derived fields: marketing’s MQL commitment follows the funnel, whoever writes the goals', () => {
  it('goals edited through the command move the derived commitment in the same undo step', () => {
    open();
    expect(mqlRow().target).toBe(178);
    edit('goals', withMqlToSal(55));
    const expected = reverseFunnel(content().goals).mqlCommitmentPerMonth;
    expect(expected).not.toBe(178);
    expect(mqlRow().target).toBe(expected);
    expect(steps()).toBe(1);
    undo();
    expect(content().goals.rates.mqlToSal).toBe(50);
    expect(mqlRow().target).toBe(178);
  });

  it('a writer that skips the command (the store’s own editContent) gets the same rule', () => {
    open();
    state().editContent((c) => ({ ...c, goals: { ...c.goals, revenueTargetCents: c.goals.revenueTargetCents * 2 } }));
    expect(mqlRow().target).toBe(reverseFunnel(content().goals).mqlCommitmentPerMonth);
    expect(mqlRow().target).toBeGreaterThan(178);
  });

  it('a commitments edit that gives a stale derived row back to the funnel brings it up to date', () => {
    open();
    edit('commitments', (c) => ({ ...c, rows: c.rows.map((r) => (r.derivedFrom ? { ...r, target: 200, overridden: true } : r)) }));
    edit('goals', withMqlToSal(55));
    expect(mqlRow().target).toBe(200);
    // The row is given back to the funnel with its stale number: the command brings the number along.
    edit('commitments', (c) => ({ ...c, rows: c.rows.map((r) => (r.derivedFrom ? { ...r, overridden: false } : r)) }));
    expect(mqlRow().target).toBe(reverseFunnel(content().goals).mqlCommitmentPerMonth);
  });

  it('rows that do not follow the funnel keep their identity', () => {
    open();
    const typed = content().commitments.rows.filter((r) => r.derivedFrom === null);
    edit('goals', withMqlToSal(55));
    expect(content().commitments.rows.filter((r) => r.derivedFrom === null)).toEqual(typed);
    content()
      .commitments.rows.filter((r) => r.derivedFrom === null)
      .forEach((row, i) => expect(row).toBe(typed[i]));
  });
});

describe('one way to edit', () => {
  /** Every .ts/.tsx file under a folder. */
  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
    });
  }

  it('no screen writes the store directly: every edit goes through edit()', () => {
    const direct = sources(join(__dirname, '../../../../renderer/src/features')).filter((file) => /\.edit(Content|Workshop)\(/.test(readFileSync(file, 'utf8')));
    expect(direct).toEqual([]);
  });
});
