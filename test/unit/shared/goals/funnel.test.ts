import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GoalsSchema, type Goals } from '../../../../shared/model/goals';
import { RATE_HINTS, rateChangeEffect, rateHint, reverseFunnel, sharedGoals } from '../../../../shared/rules/goals';
import { exampleGoals } from './fixtures';

describe('reverseFunnel', () => {
  it('reproduces the $1.2M example exactly, rounding up at every stage', () => {
    const f = reverseFunnel(exampleGoals());
    expect(f.perQuarter).toMatchObject({ revenueCents: 120_000_000, deals: 40, sqls: 160, sals: 267, mqls: 534, marketingSourcedMqls: null });
    expect(f.perMonth).toMatchObject({ deals: 14, sqls: 54, sals: 89, mqls: 178 });
    expect(f.mqlCommitmentPerMonth).toBe(178);
    expect(f.stages.map((s) => [s.stage, s.count, s.rate])).toEqual([
      ['MQL', 534, 50],
      ['SAL', 267, 60],
      ['SQL', 160, 25],
      ['Won', 40, null],
    ]);
  });

  it('needs revenue ÷ SQL→won rate of pipeline: $4.8M for $1.2M at 25 %', () => {
    expect(reverseFunnel(exampleGoals()).pipelineCents).toBe(480_000_000);
  });

  it('rounds a partial deal up', () => {
    expect(reverseFunnel(exampleGoals({ revenueTargetCents: 120_000_001 })).perQuarter.deals).toBe(41);
  });

  it('scales the MQL count by the marketing-sourced share, rounding up', () => {
    const f = reverseFunnel(exampleGoals({ marketingSourcedShare: 40 }));
    expect(f.perQuarter.mqls).toBe(534);
    expect(f.perQuarter.marketingSourcedMqls).toBe(214); // 213.6 → 214
    expect(f.perMonth.marketingSourcedMqls).toBe(72); // 71.33 → 72
    expect(f.mqlCommitmentPerMonth).toBe(72);
  });

  it('stays quiet when six reps can handle 178 MQLs a month', () => {
    const { capacity } = reverseFunnel(exampleGoals({ reps: 6 }));
    expect(capacity).toEqual({ mqlsPerMonth: 178, capacityPerMonth: 600, exceeded: false, message: null });
  });

  it('warns when one rep would face 178 MQLs a month', () => {
    const { capacity } = reverseFunnel(exampleGoals({ reps: 1 }));
    expect(capacity.exceeded).toBe(true);
    expect(capacity.capacityPerMonth).toBe(100);
    expect(capacity.message).toContain('178 MQLs a month is more than 1 rep can follow up');
  });

  it('honours an edited capacity per rep', () => {
    expect(reverseFunnel(exampleGoals({ reps: 1, mqlCapacityPerRepPerMonth: 200 })).capacity.exceeded).toBe(false);
  });

  it('turns the sales cycle into a lead time in months', () => {
    expect(reverseFunnel(exampleGoals({ salesCycleDays: 60 })).leadTimeMonths).toBe(2);
    expect(reverseFunnel(exampleGoals({ salesCycleDays: 61 })).leadTimeMonths).toBe(3);
  });

  const goalsArb = fc
    .record({
      revenueTargetCents: fc.integer({ min: 1, max: 100_000_000_000 }),
      averageDealCents: fc.integer({ min: 1, max: 1_000_000_000 }),
      rates: fc.record({
        mqlToSal: fc.double({ min: 0.5, max: 100, noNaN: true }),
        salToSql: fc.double({ min: 0.5, max: 100, noNaN: true }),
        sqlToWon: fc.double({ min: 0.5, max: 100, noNaN: true }),
      }),
      marketingSourcedShare: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
      salesCycleDays: fc.integer({ min: 1, max: 730 }),
      reps: fc.integer({ min: 1, max: 500 }),
      mqlCapacityPerRepPerMonth: fc.integer({ min: 1, max: 1000 }),
    })
    .filter((g) => g.revenueTargetCents / g.averageDealCents < 1_000_000);

  it('never asks for a fractional lead and never shrinks from one stage to the one above it', () => {
    fc.assert(
      fc.property(goalsArb, (raw) => {
        const goals: Goals = GoalsSchema.parse(raw);
        const { perQuarter: q, perMonth: m } = reverseFunnel(goals);
        for (const n of [q.deals, q.sqls, q.sals, q.mqls, m.deals, m.sqls, m.sals, m.mqls]) expect(Number.isInteger(n)).toBe(true);
        expect(q.sqls).toBeGreaterThanOrEqual(q.deals);
        expect(q.sals).toBeGreaterThanOrEqual(q.sqls);
        expect(q.mqls).toBeGreaterThanOrEqual(q.sals);
        // Rounding up: converting the MQLs forward reaches at least the SALs needed.
        expect((q.mqls * goals.rates.mqlToSal) / 100).toBeGreaterThanOrEqual(q.sals * (1 - 1e-12));
        expect(m.mqls * 3).toBeGreaterThanOrEqual(q.mqls);
        if (q.marketingSourcedMqls !== null) expect(Number.isInteger(q.marketingSourcedMqls)).toBe(true);
      }),
    );
  });
});

describe('rateChangeEffect', () => {
  it('says what a better MQL→SAL rate saves', () => {
    expect(rateChangeEffect(exampleGoals(), 'mqlToSal', 55)).toEqual({ deltaMqls: -48, sentence: 'MQL→SAL from 50 % to 55 % needs 48 fewer MQLs' });
  });

  it('says what a worse SQL→won rate costs', () => {
    // 40 deals at 20 % = 200 SQL → 334 SAL → 668 MQL, 134 more than 534.
    expect(rateChangeEffect(exampleGoals(), 'sqlToWon', 20)).toEqual({ deltaMqls: 134, sentence: 'SQL→won from 25 % to 20 % needs 134 more MQLs' });
  });

  it('says when nothing changes', () => {
    expect(rateChangeEffect(exampleGoals(), 'salToSql', 60).sentence).toBe('SAL→SQL from 60 % to 60 % does not change the MQLs needed');
  });
});

describe('rate hints and shared goals', () => {
  it('knows the typical ranges and defaults', () => {
    expect(RATE_HINTS.mqlToSal).toMatchObject({ min: 40, max: 60, defaultRate: 50, text: 'Typical: 40–60 %' });
    expect(RATE_HINTS.salToSql).toMatchObject({ min: 50, max: 70, defaultRate: 60 });
    expect(RATE_HINTS.sqlToWon).toMatchObject({ min: 20, max: 30, defaultRate: 25 });
  });

  it('warns only outside the typical range', () => {
    expect(rateHint('mqlToSal', 40)).toBeNull();
    expect(rateHint('mqlToSal', 60)).toBeNull();
    expect(rateHint('mqlToSal', 80)).toMatch(/^MQL→SAL of 80 % is above the typical 40–60 %/);
    expect(rateHint('sqlToWon', 12.5)).toMatch(/^SQL→won of 12.5 % is below the typical 20–30 %/);
  });

  it('lists revenue, deals won and pipeline, each owned by both teams', () => {
    const goals = sharedGoals(exampleGoals());
    expect(goals.map((g) => [g.label, g.value, g.kind])).toEqual([
      ['Revenue', 120_000_000, 'money'],
      ['Deals won', 40, 'count'],
      ['Pipeline', 480_000_000, 'money'],
    ]);
    for (const g of goals) expect(g.owners).toEqual(['Marketing', 'Sales']);
  });
});
