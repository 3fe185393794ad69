import { describe, expect, it } from 'vitest';
import { MatchCache, applySuggestions, criterionEvidence, runBacktest, suggestedPoints, type BacktestMapping } from '../../../../shared/rules/backtest';
import { criterion, model, tableFrom } from './helpers';

describe('suggested points', () => {
  it('follows 10 × log2 of the smoothed lift', () => {
    // base 0.1; 80 matched, 40 won: smoothed (40 + 2) / 100 = 0.42 → log2(4.2) ≈ 2.07 → 21.
    expect(suggestedPoints(80, 40, 0.1)).toBe(21);
    // converting exactly at the base rate → 0.
    expect(suggestedPoints(100, 10, 0.1)).toBe(0);
    // never won: (0 + 2) / 120 → log2(0.1667) ≈ −2.58 → −26.
    expect(suggestedPoints(100, 0, 0.1)).toBe(-26);
  });

  it('gives no suggestion on too few leads or without any win', () => {
    expect(suggestedPoints(29, 29, 0.1)).toBeNull();
    expect(suggestedPoints(100, 0, 0)).toBeNull();
    expect(suggestedPoints(100, 0, null)).toBeNull();
  });

  it('stays within −100..100', () => {
    expect(suggestedPoints(1_000_000, 1_000_000, 1e-9)).toBe(100);
  });

  it('reports conversion and lift per criterion', () => {
    const c = criterion({ op: 'equals', field: 'x', value: 'y' }, 'Strong');
    const e = criterionEvidence(c, 22, [1, 1, 0, 0, 2], [1, 0, 0, 0, 1], 0.4);
    expect(e).toMatchObject({ matched: 3, wonMatched: 2, currentPoints: 22, suggestedPoints: null });
    expect(e.conversion).toBeCloseTo(2 / 3);
    expect(e.lift).toBeCloseTo(2 / 3 / 0.4);
  });

  it('applies suggestions as pinned points and leaves the rest', () => {
    const a = criterion({ op: 'equals', field: 'x', value: 'y' }, 'Strong');
    const b = criterion({ op: 'equals', field: 'x', value: 'z' }, 'Weak');
    const out = applySuggestions([a, b], new Map([[a.id, 140]]));
    expect(out[0].pinnedPoints).toBe(100);
    expect(out[1]).toBe(b);
  });
});

describe('runBacktest', () => {
  it('puts it all together on a small table', () => {
    const mapping: BacktestMapping = { columns: [{ column: 'ind', use: { role: 'field', name: 'industry' } }, { column: 'out', use: { role: 'outcome' } }], wonValues: ['won'] };
    const rows = [['ind', 'out']];
    for (let i = 0; i < 100; i++) rows.push([i < 40 ? 'Software' : 'Retail', (i < 40 ? i % 2 === 0 : i % 10 === 0) ? 'won' : 'lost']);
    const { table } = tableFrom(rows, mapping);
    const software = criterion({ op: 'equals', field: 'industry', value: 'software' }, 'Critical');
    const result = runBacktest(model([software], 30), new MatchCache(table), { goals: { reps: 1, mqlCapacityPerRepPerMonth: 2 } });
    // 40 Software leads (20 won) score 34; 60 Retail (6 won) score 0.
    expect(result.metrics).toMatchObject({ mqlCount: 40, wonCaptured: 20, wonTotal: 26 });
    expect(result.metrics.recall).toBeCloseTo(20 / 26);
    expect(result.metrics.lift).toBeCloseTo(0.5 / 0.26);
    expect(result.monthsSource).toBe('assumed');
    // 40 MQLs over 12 months ≈ 3.3 a month > 2: only a threshold above 34 fits.
    expect(result.capacity).toMatchObject({ threshold: 35, monthlyMql: 0 });
    expect(result.criteria[0]).toMatchObject({ matched: 40, wonMatched: 20, currentPoints: 34 });
    expect(result.deciles[0].winRate).toBe(0.5);
  });
});
