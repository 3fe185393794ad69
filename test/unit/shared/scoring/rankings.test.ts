import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bordaMerge, bordaPoints, kendallTau, rankGaps, spearmanRho } from '../../../../shared/rules/scoring';

const permutation = fc.uniqueArray(fc.constantFrom(...'abcdefghijkl'.split('')), { minLength: 2, maxLength: 12 });
const shuffled = (ids: string[], keys: number[]) => ids.map((id, i) => ({ id, k: keys[i] ?? 0 })).sort((x, y) => x.k - y.k).map((x) => x.id);

describe('rank correlation', () => {
  it('matches hand-computed values', () => {
    // b swaps the first two: 5 concordant, 1 discordant of 6 pairs.
    expect(kendallTau(['a', 'b', 'c', 'd'], ['b', 'a', 'c', 'd'])).toBeCloseTo(4 / 6);
    // Σd² = 2 → 1 − 12 / 60.
    expect(spearmanRho(['a', 'b', 'c', 'd'], ['b', 'a', 'c', 'd'])).toBeCloseTo(0.8);
    expect(kendallTau(['a', 'b', 'c'], ['c', 'a', 'b'])).toBeCloseTo(-1 / 3);
    expect(spearmanRho(['a', 'b', 'c'], ['c', 'a', 'b'])).toBeCloseTo(-0.5);
  });

  it('compares only the common ids and needs two of them', () => {
    expect(kendallTau(['a', 'x', 'b', 'c'], ['a', 'b', 'y', 'c'])).toBe(1);
    expect(kendallTau(['a'], ['a'])).toBeNull();
    expect(spearmanRho(['a', 'b'], ['c', 'd'])).toBeNull();
  });

  it('is 1 with itself and −1 with its reverse', () => {
    fc.assert(
      fc.property(permutation, (ids) => {
        const reversed = [...ids].reverse();
        expect(kendallTau(ids, ids)).toBe(1);
        expect(spearmanRho(ids, ids)).toBe(1);
        expect(kendallTau(ids, reversed)).toBe(-1);
        expect(spearmanRho(ids, reversed)).toBeCloseTo(-1, 10);
      }),
    );
  });

  it('is symmetric and stays within −1..1', () => {
    fc.assert(
      fc.property(permutation, fc.array(fc.double({ noNaN: true }), { minLength: 12, maxLength: 12 }), (ids, keys) => {
        const other = shuffled(ids, keys);
        for (const f of [kendallTau, spearmanRho]) {
          const r = f(ids, other)!;
          expect(r).toBeGreaterThanOrEqual(-1 - 1e-12);
          expect(r).toBeLessThanOrEqual(1 + 1e-12);
          expect(f(other, ids)).toBeCloseTo(r, 10);
        }
      }),
    );
  });
});

describe('rank gaps', () => {
  it('lists the largest disagreements first', () => {
    expect(rankGaps(['a', 'b', 'c', 'd'], ['d', 'b', 'c', 'a'])).toEqual([
      { id: 'a', rankA: 1, rankB: 4, gap: 3 },
      { id: 'd', rankA: 4, rankB: 1, gap: -3 },
      { id: 'b', rankA: 2, rankB: 2, gap: 0 },
      { id: 'c', rankA: 3, rankB: 3, gap: 0 },
    ]);
    expect(rankGaps(['a', 'b'], ['b', 'z'])).toEqual([{ id: 'b', rankA: 2, rankB: 1, gap: -1 }]);
  });
});

describe('Borda merge', () => {
  it('merges by points, ties in the first ranking’s order', () => {
    // 3 ids: a gets 3 + 1, b 2 + 3, c 1 + 2.
    expect(bordaPoints([['a', 'b', 'c'], ['b', 'c', 'a']])).toEqual(new Map([['a', 4], ['b', 5], ['c', 3]]));
    expect(bordaMerge([['a', 'b', 'c'], ['b', 'c', 'a']])).toEqual(['b', 'a', 'c']);
    // Exactly reversed: all tie, so the first ranking decides.
    expect(bordaMerge([['a', 'b', 'c'], ['c', 'b', 'a']])).toEqual(['a', 'b', 'c']);
    expect(bordaMerge([])).toEqual([]);
  });

  it('gives back a ranking when every team agrees, and keeps every id', () => {
    fc.assert(
      fc.property(permutation, fc.array(fc.double({ noNaN: true }), { minLength: 12, maxLength: 12 }), (ids, keys) => {
        expect(bordaMerge([ids, ids])).toEqual(ids);
        expect(bordaMerge([ids])).toEqual(ids);
        const merged = bordaMerge([ids, shuffled(ids, keys)]);
        expect([...merged].sort()).toEqual([...ids].sort());
      }),
    );
  });
});
