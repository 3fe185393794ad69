import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TIERS, type Condition, type Criterion, type ScoringModel, type Tier } from '../../../../shared/model/scoring';
import { MatchCache, criterionEvidence, matchVector, rowToLead, runBacktest, scoreTable, type BacktestMapping } from '../../../../shared/rules/backtest';
import { moveCriterion, scoreLead } from '../../../../shared/rules/scoring';
import { model, tableFrom } from './helpers';

const INDUSTRIES = ['Software', 'software ', 'Retail', 'Financial services', ''];
const EVENTS = ['demo', 'pricing', 'webinar'];
const HEADERS = ['Industry', 'employees', 'Demo', 'pricing', 'webinar', 'days', 'outcome'];
const MAPPING: BacktestMapping = {
  columns: [
    { column: 'Industry', use: { role: 'field', name: 'Industry' } },
    { column: 'employees', use: { role: 'field', name: 'employees' } },
    { column: 'Demo', use: { role: 'event', name: 'Demo' } },
    { column: 'pricing', use: { role: 'event', name: 'pricing' } },
    { column: 'webinar', use: { role: 'event', name: 'webinar' } },
    { column: 'days', use: { role: 'daysSinceActivity' } },
    { column: 'outcome', use: { role: 'outcome' } },
  ],
  wonValues: ['won'],
};

const conditionArb: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ op: fc.constant('equals' as const), field: fc.constantFrom('industry', 'Industry', 'missing'), value: fc.constantFrom('software', 'Retail') }),
  fc.record({ op: fc.constant('contains' as const), field: fc.constant('industry'), value: fc.constantFrom('serv', 'soft') }),
  fc.record({ op: fc.constant('in' as const), field: fc.constant('Industry'), values: fc.constant<string[]>(['Retail', 'financial services']) }),
  fc.record({ op: fc.constant('between' as const), field: fc.constant('employees'), min: fc.integer({ min: 0, max: 500 }), max: fc.integer({ min: 500, max: 5000 }) }),
  fc.record({ op: fc.constant('event' as const), field: fc.constant('events' as const), value: fc.constantFrom(...EVENTS, 'DEMO', 'never'), repeat: fc.constantFrom('once' as const, 'each' as const), maxCount: fc.integer({ min: 1, max: 5 }) }),
);

const criterionArb = fc.record({
  condition: conditionArb,
  tier: fc.constantFrom(...TIERS),
  category: fc.constantFrom('Fit' as const, 'Engagement' as const),
  pinned: fc.option(fc.integer({ min: -100, max: 100 }), { nil: null }),
  disqualifies: fc.boolean(),
  order: fc.integer({ min: 0, max: 5 }),
});

type CriterionSpec = typeof criterionArb extends fc.Arbitrary<infer T> ? T : never;

function toCriterion(c: CriterionSpec, id: string): Criterion {
  return { id, label: id.toUpperCase(), description: '', category: c.category, condition: c.condition, tier: c.tier, order: c.order, pinnedPoints: c.pinned, disqualifies: c.disqualifies };
}

const rowArb = fc.tuple(
  fc.constantFrom(...INDUSTRIES),
  fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 9000 }).map(String), fc.constant('1,200'), fc.constant('n/a')),
  fc.integer({ min: 0, max: 4 }).map(String),
  fc.integer({ min: 0, max: 6 }).map(String),
  fc.constantFrom('', '0', '1', '3', 'yes'),
  fc.integer({ min: 0, max: 200 }).map(String),
  fc.constantFrom('won', 'lost'),
);

const capArb = fc.option(fc.integer({ min: 1, max: 120 }), { nil: null });

describe('table scoring equals scoreLead', () => {
  it('gives every row the same total and MQL flag as scoreLead (property)', () => {
    fc.assert(
      fc.property(
        fc.array(criterionArb, { maxLength: 10 }),
        fc.array(rowArb, { minLength: 1, maxLength: 40 }),
        fc.record({ threshold: fc.integer({ min: 1, max: 120 }), decay: fc.boolean(), halfLife: fc.integer({ min: 1, max: 90 }), fit: capArb, engagement: capArb, total: capArb }),
        (specs, rows, s) => {
          const criteria: Criterion[] = specs.map((c, i) => toCriterion(c, `c${i}`));
          const m = model(criteria, s.threshold, { caps: { Fit: s.fit, Engagement: s.engagement, total: s.total }, decay: { enabled: s.decay, halfLifeDays: s.halfLife } });
          const { table } = tableFrom([HEADERS, ...rows], MAPPING);
          expect(table.rowCount).toBe(rows.length);
          const scored = scoreTable(m, new MatchCache(table));
          for (let i = 0; i < table.rowCount; i++) {
            const expected = scoreLead(m, rowToLead(table, i));
            expect(scored.totals[i]).toBe(expected.total);
            expect(scored.mql[i] === 1).toBe(expected.isMql);
            expect(scored.disqualified[i] === 1).toBe(expected.disqualifiedBy !== null);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a drag re-scores only the column whose points changed', () => {
    const criteria: Criterion[] = [
      { id: 'a', label: 'Software', description: '', category: 'Fit', condition: { op: 'equals', field: 'industry', value: 'software' }, tier: 'Critical', order: 0, pinnedPoints: null, disqualifies: false },
      { id: 'b', label: 'Demo', description: '', category: 'Engagement', condition: { op: 'event', field: 'events', value: 'demo', repeat: 'once', maxCount: 1 }, tier: 'Weak', order: 0, pinnedPoints: null, disqualifies: false },
    ];
    const { table } = tableFrom([HEADERS, ['Software', '10', '1', '0', '', '0', 'won'], ['Retail', '10', '1', '0', '', '0', 'lost']], MAPPING);
    const cache = new MatchCache(table);
    expect(Array.from(scoreTable(model(criteria), cache).totals)).toEqual([34 + 9, 9]);
    expect(cache.lastUpdateColumnPasses).toBe(2);
    const dragged = criteria.map((c) => (c.id === 'b' ? { ...c, tier: 'Critical' as const, order: 1 } : c));
    expect(Array.from(scoreTable(model(dragged), cache).totals)).toEqual([34 + 32, 32]);
    expect(cache.lastUpdateColumnPasses).toBe(1);
    expect(Array.from(scoreTable(model(dragged, 10), cache).mql)).toEqual([1, 1]);
    expect(cache.lastUpdateColumnPasses).toBe(0);
  });

  it('evidence from per-key counts equals counting the match vector row by row (property)', () => {
    fc.assert(
      fc.property(fc.array(conditionArb, { minLength: 1, maxLength: 6 }), fc.array(rowArb, { minLength: 1, maxLength: 40 }), (conditions, rows) => {
        const { table } = tableFrom([HEADERS, ...rows], MAPPING);
        const cache = new MatchCache(table);
        for (const condition of conditions) {
          const c: Criterion = { id: 'x', label: 'X', description: '', category: 'Fit', condition, tier: 'Weak', order: 0, pinnedPoints: null, disqualifies: false };
          const expected = criterionEvidence(c, 5, matchVector(condition, table), table.won, 0.5);
          expect(cache.evidence(condition)).toEqual({ matched: expected.matched, wonMatched: expected.wonMatched });
        }
      }),
      { numRuns: 200 },
    );
  });
});

type Step =
  | { kind: 'move'; pick: number; tier: Tier; index: number }
  | { kind: 'pin'; pick: number; points: number | null }
  | { kind: 'disqualify'; pick: number }
  | { kind: 'condition'; pick: number; condition: Condition }
  | { kind: 'add'; spec: CriterionSpec }
  | { kind: 'remove'; pick: number }
  | { kind: 'settings'; threshold: number; decay: boolean; halfLife: number; fit: number | null; engagement: number | null; total: number | null };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), tier: fc.constantFrom(...TIERS), index: fc.integer({ min: 0, max: 6 }) }), weight: 4 },
  fc.record({ kind: fc.constant('pin' as const), pick: fc.nat(), points: fc.option(fc.integer({ min: -100, max: 100 }), { nil: null }) }),
  fc.record({ kind: fc.constant('disqualify' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('condition' as const), pick: fc.nat(), condition: conditionArb }),
  fc.record({ kind: fc.constant('add' as const), spec: criterionArb }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('settings' as const), threshold: fc.integer({ min: 1, max: 120 }), decay: fc.boolean(), halfLife: fc.integer({ min: 1, max: 90 }), fit: capArb, engagement: capArb, total: capArb }),
);

let added = 0;
function applyStep(m: ScoringModel, step: Step): ScoringModel {
  const { criteria } = m;
  const at = (pick: number) => criteria[pick % criteria.length];
  const replace = (pick: number, change: (c: Criterion) => Criterion) => ({ ...m, criteria: criteria.map((c) => (c === at(pick) ? change(c) : c)) });
  if (step.kind === 'settings') return { ...m, settings: { ...m.settings, mqlThreshold: step.threshold, decay: { enabled: step.decay, halfLifeDays: step.halfLife }, caps: { Fit: step.fit, Engagement: step.engagement, total: step.total } } };
  if (step.kind === 'add') return { ...m, criteria: [...criteria, toCriterion(step.spec, `added-${++added}`)] };
  if (criteria.length === 0) return m;
  switch (step.kind) {
    case 'move':
      return { ...m, criteria: moveCriterion(criteria, at(step.pick).id, step.tier, step.index) };
    case 'pin':
      return replace(step.pick, (c) => ({ ...c, pinnedPoints: step.points }));
    case 'disqualify':
      return replace(step.pick, (c) => ({ ...c, disqualifies: !c.disqualifies }));
    case 'condition':
      return replace(step.pick, (c) => ({ ...c, condition: step.condition }));
    case 'remove':
      return { ...m, criteria: criteria.filter((c) => c !== at(step.pick)) };
  }
}

describe('incremental re-scoring equals scoring from scratch', () => {
  it('after any sequence of moves, pins, condition edits and setting changes (property)', () => {
    fc.assert(
      fc.property(fc.array(criterionArb, { maxLength: 8 }), fc.array(rowArb, { minLength: 1, maxLength: 30 }), fc.array(stepArb, { minLength: 1, maxLength: 12 }), (specs, rows, steps) => {
        const { table } = tableFrom([HEADERS, ...rows], MAPPING);
        const cache = new MatchCache(table);
        let m = model(
          specs.map((c, i) => toCriterion(c, `c${i}`)),
          40,
        );
        runBacktest(m, cache);
        for (const step of steps) {
          m = applyStep(m, step);
          const incremental = scoreTable(m, cache);
          const fresh = scoreTable(m, new MatchCache(table));
          expect(Array.from(incremental.totals)).toEqual(Array.from(fresh.totals));
          expect(Array.from(incremental.mql)).toEqual(Array.from(fresh.mql));
          for (let i = 0; i < table.rowCount; i++) {
            const expected = scoreLead(m, rowToLead(table, i));
            expect(incremental.totals[i]).toBe(expected.total);
            expect(incremental.mql[i] === 1).toBe(expected.isMql);
          }
          expect(runBacktest(m, cache, { threshold: step.kind === 'settings' ? step.threshold + 1 : undefined })).toEqual(runBacktest(m, new MatchCache(table), { threshold: step.kind === 'settings' ? step.threshold + 1 : undefined }));
        }
      }),
      { numRuns: 200 },
    );
  });
});
