import { describe, expect, it } from 'vitest';
import baseline from '../../../fixtures/lead-reader/baseline.json';
import { computeBaseline } from '../../../fixtures/lead-reader/make-baseline';

/*
 * The one lead reader changes only the cases issue 14 lists ("02139", "2.50", "1,200" as text,
 * hex, exponents, Infinity, …). On a 5,000-row file of ordinary numbers and text, `cli score` and
 * `cli backtest` must print exactly what the two old readers printed: baseline.json was written by
 * make-baseline.ts on the code before the reader (commit 5cdfc24), and is recomputed here.
 */
describe('the one lead reader on ordinary leads', () => {
  it('gives the same scores and backtest metrics as the two old readers on a 5,000-row mixed CSV', async () => {
    const now = await computeBaseline();
    expect(now.score.leads).toHaveLength(5000);
    const changed = now.score.leads.filter((lead, i) => lead !== baseline.score.leads[i]);
    expect(changed.slice(0, 5)).toEqual([]);
    expect(now.score.threshold).toBe(baseline.score.threshold);
    expect(now.backtest).toEqual(baseline.backtest);
    expect(baseline.backtest.mqlCount).toBe(now.score.leads.filter((l) => l.includes(' MQL ')).length);
  }, 60_000);
});
