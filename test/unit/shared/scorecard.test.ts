import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AgreementVersion } from '../../../shared/model/agreement';
import { QuarterActualsSchema, type QuarterActuals } from '../../../shared/model/review';
import { templateContent } from '../../../shared/template/sales-marketing';
import { isLowerBetter, judge, scorecard, summarise, trend } from '../../../shared/rules/scorecard';

const version = (): AgreementVersion => ({
  id: 'ver-1',
  agreementId: 'agr-1',
  version: 1,
  status: 'signed',
  content: templateContent({ organisation: 'Acme', title: 'SLA', quarter: '2027-Q1', date: '2027-01-15' }),
  contentHash: null,
  signatures: [],
  previousVersionId: null,
  workshopId: null,
  createdAt: '2027-01-15T09:00:00.000Z',
  updatedAt: '2027-01-15T09:00:00.000Z',
  frozenAt: null,
});

const entry = (quarter: string, actuals: Record<string, number>, perCommitment: Record<string, number | null> = {}, enteredAt = '2027-04-02T10:00:00.000Z'): QuarterActuals =>
  QuarterActualsSchema.parse({ versionId: 'ver-1', quarter, actuals, perCommitment, enteredAt });

describe('QuarterActualsSchema', () => {
  it('defaults every figure to null and rejects impossible ones with a sentence', () => {
    const parsed = entry('2027-Q1', {});
    expect(parsed.actuals.mqlsDelivered).toBeNull();
    expect(parsed.actuals.sals).toBeNull();
    expect(parsed.notes).toBe('');
    const bad = QuarterActualsSchema.safeParse({ versionId: 'v', quarter: '2027-Q1', actuals: { acceptedWithin24hPercent: 120, deals: -1 }, enteredAt: '2027-04-02T10:00:00.000Z' });
    expect(bad.success).toBe(false);
    const messages = bad.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain('Share of MQLs accepted or rejected within 24 h must be between 0 and 100 %');
    expect(messages).toContain('Deals won cannot be negative');
  });
});

describe('judge', () => {
  it('grades higher-is-better figures', () => {
    expect(judge(100, 100, false)).toEqual({ status: 'met', ratio: 1 });
    expect(judge(100, 80, false)).toEqual({ status: 'partly', ratio: 0.8 });
    expect(judge(100, 79.9, false)).toEqual({ status: 'missed', ratio: 0.799 });
    expect(judge(0, 5, false)).toEqual({ status: 'met', ratio: 10 });
    expect(judge(100, null, false)).toEqual({ status: 'no data', ratio: null });
  });

  it('inverts for lower-is-better figures', () => {
    expect(judge(24, 12, true)).toEqual({ status: 'met', ratio: 2 });
    expect(judge(24, 30, true)).toEqual({ status: 'partly', ratio: 0.8 });
    expect(judge(48, 72, true)).toEqual({ status: 'missed', ratio: 0.6667 });
    expect(judge(24, 0, true)).toEqual({ status: 'met', ratio: 10 });
  });

  it('never calls a figure at or better than the target anything but met', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), fc.boolean(), (target, actual, lower) => {
        const { status } = judge(target, actual, lower);
        const better = lower ? actual <= target : actual >= target;
        expect(status === 'met').toBe(better);
      }),
    );
  });

  it('knows which commitments are better when lower', () => {
    expect(isLowerBetter({ metric: 'Time to first contact', unit: 'hours' })).toBe(true);
    expect(isLowerBetter({ metric: 'Escalation after', unit: 'hours (72 h to CRO)' })).toBe(true);
    expect(isLowerBetter({ metric: 'Contact attempts', unit: 'attempts' })).toBe(false);
    expect(isLowerBetter({ metric: 'MQLs delivered', unit: 'MQLs' })).toBe(false);
  });
});

describe('scorecard', () => {
  it('measures goals against the quarter funnel and commitments against their rows', () => {
    // Template funnel: $1.2M ÷ $30k = 40 deals → 160 SQL (25 %) → 267 SAL (60 %) → 534 MQL (50 %).
    const lines = scorecard(
      version(),
      entry('2027-Q1', { revenueCents: 110_000_000, deals: 41, sqls: 120, mqlsDelivered: 540, acceptedWithin24hPercent: 85, medianFirstContactHours: 30 }, { 'c-attempts': 4, 'c-escalate': 72, 'c-weekly': null }),
    );
    const byId = Object.fromEntries(lines.map((l) => [l.id, l]));
    expect(byId['goal.revenue']).toMatchObject({ owner: 'Joint', target: 120_000_000, actual: 110_000_000, status: 'partly', ratio: 0.9167 });
    expect(byId['goal.deals']).toMatchObject({ target: 40, actual: 41, status: 'met' });
    expect(byId['goal.sqls']).toMatchObject({ owner: 'Sales', target: 160, status: 'missed', ratio: 0.75 });
    expect(byId['goal.mqls']).toMatchObject({ owner: 'Marketing', target: 534, actual: 540, status: 'met' });
    // No goal line the team never typed: the share answered within 24 h reads their "each MQL within 24 hours" promise.
    expect(byId['goal.accepted24h']).toBeUndefined();
    expect(byId['goal.sals']).toBeUndefined();
    expect(byId['goal.pipeline']).toBeUndefined();
    // The monthly MQL commitment is measured over the quarter, in whole leads: 540 against 178 × 3 = 534.
    expect(byId['commitment.c-mql']).toMatchObject({ section: 'Commitments', label: 'MQLs delivered in the quarter (178 a month × 3)', target: 534, actual: 540, status: 'met' });
    expect(lines.every((l) => l.actual === null || Number.isInteger(l.actual))).toBe(true);
    expect(byId['commitment.c-contact']).toMatchObject({ actual: 30, lowerIsBetter: true, status: 'partly', ratio: 0.8 });
    expect(byId['commitment.c-attempts']).toMatchObject({ actual: 4, status: 'partly' });
    expect(byId['commitment.c-escalate']).toMatchObject({ actual: 72, status: 'missed' });
    expect(byId['commitment.c-accept']).toMatchObject({ label: 'Time to accept/reject: MQLs answered within 24 h', target: 100, actual: 85, unit: 'percent', status: 'partly' });
    expect(byId['commitment.c-weekly'].status).toBe('no data');
    expect(summarise(lines)).toMatchObject({ met: 3, partly: 4, missed: 2, 'no data': 3, total: 12 });
    expect(summarise(lines).sentence).toBe('3 of 9 measured lines met, 4 partly, 2 missed; 3 without data.');
  });

  it('prefers a typed commitment actual and shows optional extras once entered', () => {
    const lines = scorecard(version(), entry('2027-Q1', { mqlsDelivered: 300, sals: 270, pipelineCents: 500_000_000 }, { 'c-mql': 150 }));
    const byId = Object.fromEntries(lines.map((l) => [l.id, l]));
    expect(byId['commitment.c-mql']).toMatchObject({ actual: 150, status: 'partly' });
    expect(byId['goal.sals']).toMatchObject({ target: 267, actual: 270, status: 'met' });
    expect(byId['goal.pipeline']).toMatchObject({ target: 480_000_000, status: 'met' });
  });

  it('uses the marketing-sourced share of MQLs when one is set', () => {
    const v = version();
    v.content.goals.marketingSourcedShare = 50;
    const mqls = scorecard(v, entry('2027-Q1', {})).find((l) => l.id === 'goal.mqls');
    expect(mqls?.target).toBe(267);
    expect(summarise(scorecard(v, entry('2027-Q1', {}))).sentence).toBe('No actuals entered yet.');
  });
});

describe('trend', () => {
  it('sorts by quarter and keeps the latest entry of a quarter', () => {
    const points = trend([
      entry('2027-Q2', { deals: 44 }),
      entry('2026-Q4', { deals: 30 }),
      entry('2027-Q1', { deals: 35 }, {}, '2027-04-01T10:00:00.000Z'),
      entry('2027-Q1', { deals: 38 }, {}, '2027-04-05T10:00:00.000Z'),
    ]);
    expect(points.map((p) => [p.quarter, p.deals])).toEqual([
      ['2026-Q4', 30],
      ['2027-Q1', 38],
      ['2027-Q2', 44],
    ]);
    expect(trend({ a: entry('2027-Q3', { sqls: 1 }), b: entry('2025-Q1', { sqls: 2 }) }).map((p) => p.quarter)).toEqual(['2025-Q1', '2027-Q3']);
  });
});
