import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rateStepTable, splitPercents } from '../../../../shared/rules/goals';
import { exampleGoals } from './fixtures';

describe('rateStepTable', () => {
  it('shows ±5 points for each rate on the $1.2M example', () => {
    const [mqlToSal, salToSql, sqlToWon] = rateStepTable(exampleGoals());
    expect(mqlToSal.up).toMatchObject({ from: 50, to: 55, deltaMqls: -48, sentence: 'MQL→SAL from 50 % to 55 % needs 48 fewer MQLs' });
    expect(mqlToSal.down).toMatchObject({ to: 45, deltaMqls: 60 });
    expect(salToSql.label).toBe('SAL→SQL');
    expect(sqlToWon.up.to).toBe(30);
    // 40 deals at 30 % → 134 SQL → 224 SAL → 448 MQL: 86 fewer than 534.
    expect(sqlToWon.up.deltaMqls).toBe(-86);
  });

  it('reports steps outside 0–100 % as impossible instead of clamping them', () => {
    const rows = rateStepTable(exampleGoals({ rates: { mqlToSal: 98, salToSql: 3, sqlToWon: 25 } }));
    expect(rows[0].up).toMatchObject({ to: null, deltaMqls: null, sentence: null });
    expect(rows[0].down.to).toBe(93);
    expect(rows[1].down).toMatchObject({ to: null, deltaMqls: null });
  });

  it('never says a higher rate needs more MQLs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 95 }), fc.integer({ min: 1, max: 95 }), fc.integer({ min: 1, max: 95 }), (a, b, c) => {
        const rows = rateStepTable(exampleGoals({ rates: { mqlToSal: a, salToSql: b, sqlToWon: c } }));
        for (const row of rows) {
          expect(row.up.deltaMqls).not.toBeNull();
          expect(row.up.deltaMqls!).toBeLessThanOrEqual(0);
          if (row.down.deltaMqls !== null) expect(row.down.deltaMqls).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});

describe('splitPercents', () => {
  it('gives marketing the rest of the pool', () => {
    expect(splitPercents(70)).toEqual({ sales: 70, marketing: 30 });
    expect(splitPercents(120)).toEqual({ sales: 100, marketing: 0 });
    expect(splitPercents(-5)).toEqual({ sales: 0, marketing: 100 });
  });

  it('always sums to 100 %', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 150, noNaN: true }), (share) => {
        const { sales, marketing } = splitPercents(share);
        expect(Math.round((sales + marketing) * 100)).toBe(10_000);
        expect(sales).toBeGreaterThanOrEqual(0);
        expect(marketing).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
