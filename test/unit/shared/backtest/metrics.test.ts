import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ThresholdIndex, metricsAt, scoreDistribution, thresholdForCapacity, winRateByDecile } from '../../../../shared/rules/backtest';

// Ten leads, scores 0..90 step 10; won: the leads scoring 90, 70, 40; lead scoring 80 disqualified.
const totals = Int32Array.from([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
const won = Uint8Array.from([0, 0, 0, 0, 1, 0, 0, 1, 0, 1]);
const disq = Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 1, 0]);

describe('metrics at a threshold (hand-computed)', () => {
  it('threshold 50: MQLs are 50, 60, 70, 90 (80 is disqualified)', () => {
    const m = metricsAt(totals, disq, won, 50);
    expect(m.mqlCount).toBe(4);
    expect(m.wonCaptured).toBe(2);
    expect(m.wonTotal).toBe(3);
    expect(m.precision).toBeCloseTo(0.5);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.baseRate).toBeCloseTo(0.3);
    expect(m.lift).toBeCloseTo(0.5 / 0.3);
  });

  it('no MQLs gives null precision and lift, zero recall', () => {
    const m = metricsAt(totals, disq, won, 500);
    expect(m).toMatchObject({ mqlCount: 0, precision: null, lift: null, recall: 0 });
  });

  it('the threshold index agrees with the plain pass at every threshold', () => {
    const index = new ThresholdIndex(totals, disq, won);
    for (let t = -20; t <= 120; t += 5) expect(index.at(t)).toEqual(metricsAt(totals, disq, won, t));
  });

  it('recall never rises as the threshold rises (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -200, max: 400 }), fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 200 }), fc.integer({ min: -250, max: 450 }), (rows, start) => {
        const t = Int32Array.from(rows.map((r) => r[0]));
        const w = Uint8Array.from(rows.map((r) => (r[1] ? 1 : 0)));
        const d = Uint8Array.from(rows.map((r) => (r[2] ? 1 : 0)));
        const index = new ThresholdIndex(t, d, w);
        let previous = Infinity;
        for (let threshold = start; threshold <= start + 300; threshold += 7) {
          const recall = metricsAt(t, d, w, threshold).recall ?? 0;
          expect(recall).toBeLessThanOrEqual(previous);
          expect(index.at(threshold).recall ?? 0).toBeCloseTo(recall, 12);
          previous = recall;
        }
      }),
    );
  });
});

describe('win rate by decile', () => {
  it('ranks highest first and cuts ten equal groups', () => {
    const rows = winRateByDecile(totals, won);
    expect(rows.map((r) => r.maxScore)).toEqual([90, 80, 70, 60, 50, 40, 30, 20, 10, 0]);
    expect(rows.map((r) => r.won)).toEqual([1, 0, 1, 0, 0, 1, 0, 0, 0, 0]);
    expect(rows[0].winRate).toBe(1);
  });

  it('20 leads: two per decile, ties kept in file order', () => {
    const t = Int32Array.from([5, 5, 5, 5, 1, 1, 1, 1, 1, 1, 9, 9, 0, 0, 0, 0, 0, 0, 0, 0]);
    const w = Uint8Array.from([1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
    const rows = winRateByDecile(t, w);
    expect(rows.map((r) => r.leads)).toEqual(Array(10).fill(2));
    // ranks: 9,9 | 5(won),5 | 5,5 | 1(won),1(won) | 1,1 | 1,1 | 0,0 | 0,0 | 0,0 | 0,0(won)
    expect(rows.map((r) => r.won)).toEqual([2, 1, 0, 2, 0, 0, 0, 0, 0, 1]);
    expect(rows[3]).toMatchObject({ minScore: 1, maxScore: 1, winRate: 1 });
  });

  it('an empty table gives ten empty deciles', () => {
    expect(winRateByDecile(new Int32Array(0), new Uint8Array(0)).every((r) => r.leads === 0 && r.winRate === null)).toBe(true);
  });
});

describe('score distribution', () => {
  it('bins won and lost leads by score', () => {
    const bins = scoreDistribution(totals, won, 5);
    expect(bins.map((b) => [b.from, b.to])).toEqual([[0, 18], [19, 37], [38, 56], [57, 75], [76, 90]]);
    expect(bins.map((b) => b.won)).toEqual([0, 0, 1, 1, 1]);
    expect(bins.reduce((s, b) => s + b.won + b.lost, 0)).toBe(10);
  });
});

describe('threshold for capacity', () => {
  it('finds the lowest threshold whose monthly MQLs fit', () => {
    const index = new ThresholdIndex(totals, disq, won);
    // Over 2 months, capacity 1.5 a month → at most 3 MQLs: threshold 51 gives 60, 70 and 90 (80 is disqualified).
    const fit = thresholdForCapacity(index, 50, 1.5, 2);
    expect(fit.threshold).toBe(51);
    expect(fit.monthlyMql).toBe(1.5);
    expect(fit.currentMonthlyMql).toBe(2);
    // Capacity 1 a month → 2 MQLs: threshold 61 gives 70 and 90.
    expect(thresholdForCapacity(index, 50, 1, 2).threshold).toBe(61);
  });

  it('threshold 1 when everything fits', () => {
    expect(thresholdForCapacity(new ThresholdIndex(totals, disq, won), 50, 1000, 12).threshold).toBe(1);
  });
});
