import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TIERS, type Condition, type Criterion } from '../../../../shared/model/scoring';
import { MatchCache, rowToLead, scoreTable, type BacktestMapping } from '../../../../shared/rules/backtest';
import { scoreLead } from '../../../../shared/rules/scoring';
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
          const criteria: Criterion[] = specs.map((c, i) => ({ id: `c${i}`, label: `C${i}`, description: '', category: c.category, condition: c.condition, tier: c.tier, order: c.order, pinnedPoints: c.pinned, disqualifies: c.disqualifies }));
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

  it('a cached match vector survives a drag: only the points change', () => {
    const criteria: Criterion[] = [
      { id: 'a', label: 'Software', description: '', category: 'Fit', condition: { op: 'equals', field: 'industry', value: 'software' }, tier: 'Critical', order: 0, pinnedPoints: null, disqualifies: false },
      { id: 'b', label: 'Demo', description: '', category: 'Engagement', condition: { op: 'event', field: 'events', value: 'demo', repeat: 'once', maxCount: 1 }, tier: 'Weak', order: 0, pinnedPoints: null, disqualifies: false },
    ];
    const { table } = tableFrom([HEADERS, ['Software', '10', '1', '0', '', '0', 'won'], ['Retail', '10', '1', '0', '', '0', 'lost']], MAPPING);
    const cache = new MatchCache(table);
    expect(Array.from(scoreTable(model(criteria), cache).totals)).toEqual([34 + 9, 9]);
    const vector = cache.get(criteria[0].condition);
    const dragged = criteria.map((c) => (c.id === 'b' ? { ...c, tier: 'Critical' as const, order: 1 } : c));
    expect(Array.from(scoreTable(model(dragged), cache).totals)).toEqual([34 + 32, 32]);
    expect(cache.get(criteria[0].condition)).toBe(vector);
  });
});
