import fc from 'fast-check';
import { TIERS, type Criterion, type SampleLead, type ScoringModel, type ScoringSettings } from '../../../../shared/model/scoring';
import { sampleLeads, starterCriteria } from '../../../../shared/template/criteria';

/** Shared builders for the scoring tests. */

export const baseSettings = (over: Partial<ScoringSettings> = {}): ScoringSettings => ({
  mqlThreshold: 50,
  caps: { Fit: null, Engagement: null, total: null },
  decay: { enabled: false, halfLifeDays: 30 },
  useFitGrade: false,
  ...over,
});

export const templateModel = (over: Partial<ScoringSettings> = {}): ScoringModel => ({
  criteria: starterCriteria(),
  settings: baseSettings(over),
  sampleLeads: sampleLeads(),
});

export const leadNamed = (prefix: string): SampleLead => {
  const lead = sampleLeads().find((l) => l.name.startsWith(prefix));
  if (!lead) throw new Error(`No sample lead starts with ${prefix}`);
  return lead;
};

export const card = (id: string, over: Partial<Criterion> = {}): Criterion => ({
  id,
  label: id,
  category: 'Fit',
  description: '',
  condition: { op: 'equals', field: 'f', value: 'x' },
  tier: 'Strong',
  order: 0,
  pinnedPoints: null,
  disqualifies: false,
  ...over,
});

const EVENTS = ['a', 'b', 'c'] as const;

/** Random boards of up to 25 cards with unique ids; orders may have gaps and repeats. */
export const boardArb: fc.Arbitrary<Criterion[]> = fc
  .array(
    fc.record({
      tier: fc.constantFrom(...TIERS),
      order: fc.nat({ max: 30 }),
      pinned: fc.option(fc.integer({ min: -100, max: 100 }), { nil: null }),
      category: fc.constantFrom('Fit' as const, 'Engagement' as const),
      event: fc.constantFrom(...EVENTS),
      repeat: fc.constantFrom('once' as const, 'each' as const),
      maxCount: fc.integer({ min: 1, max: 5 }),
      disqualifies: fc.boolean(),
    }),
    { maxLength: 25 },
  )
  .map((rows) =>
    rows.map((r, i) =>
      card(`c${i}`, {
        tier: r.tier,
        order: r.order,
        pinnedPoints: r.pinned,
        category: r.category,
        condition: { op: 'event', field: 'events', value: r.event, repeat: r.repeat, maxCount: r.maxCount },
        disqualifies: r.disqualifies && r.tier === 'Negative',
      }),
    ),
  );

export const leadArb: fc.Arbitrary<SampleLead> = fc
  .record({ a: fc.nat({ max: 6 }), b: fc.nat({ max: 6 }), c: fc.nat({ max: 6 }), days: fc.nat({ max: 400 }) })
  .map((r) => ({ id: 'lead', name: 'Lead', fields: {}, events: { a: r.a, b: r.b, c: r.c }, daysSinceActivity: r.days, outcome: 'open' as const }));

export const settingsArb: fc.Arbitrary<ScoringSettings> = fc.record({
  mqlThreshold: fc.integer({ min: 1, max: 200 }),
  caps: fc.record({
    Fit: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
    Engagement: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
    total: fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }),
  }),
  decay: fc.record({ enabled: fc.boolean(), halfLifeDays: fc.integer({ min: 1, max: 90 }) }),
  useFitGrade: fc.boolean(),
});
