import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TIERS } from '../../../../shared/model/scoring';
import { starterCriteria } from '../../../../shared/template/criteria';
import {
  PLACEMENT_RULE_SENTENCE,
  effectivePoints,
  placementPoints,
  pointsByCriterion,
  totalsByCategory,
} from '../../../../shared/rules/scoring';
import { boardArb, card } from './fixtures';

describe('placement rule', () => {
  it('gives base points plus 4 and 2 to the first two cards of a tier', () => {
    expect([0, 1, 2, 7].map((i) => placementPoints('Critical', i))).toEqual([34, 32, 30, 30]);
    expect([0, 1, 2].map((i) => placementPoints('Strong', i))).toEqual([24, 22, 20]);
    expect([0, 1, 2].map((i) => placementPoints('Moderate', i))).toEqual([14, 12, 10]);
    expect([0, 1, 2].map((i) => placementPoints('Weak', i))).toEqual([9, 7, 5]);
    expect([0, 1, 2].map((i) => placementPoints('Ignore', i))).toEqual([0, 0, 0]);
    expect([0, 1, 2].map((i) => placementPoints('Negative', i))).toEqual([-14, -12, -10]);
  });

  it('ranks every card of a higher tier above every card of a lower tier', () => {
    for (let t = 0; t < TIERS.length - 1; t++) {
      const worstAbove = Math.min(...[0, 1, 2, 50].map((i) => placementPoints(TIERS[t], i)));
      const bestBelow = Math.max(...[0, 1, 2, 50].map((i) => placementPoints(TIERS[t + 1], i)));
      expect(worstAbove).toBeGreaterThanOrEqual(bestBelow);
    }
  });

  it('states the rule in one sentence with the numbers it uses', () => {
    for (const n of ['Critical 30', 'Strong 20', 'Moderate 10', 'Weak 5', 'Ignore 0', 'Negative −10', '4 extra', '2 extra']) {
      expect(PLACEMENT_RULE_SENTENCE).toContain(n);
    }
  });

  it('uses pinned points instead of the placement', () => {
    const criteria = [card('a', { tier: 'Critical', pinnedPoints: 7 }), card('b', { tier: 'Critical', order: 1 })];
    expect(effectivePoints(criteria[0], criteria)).toBe(7);
    expect(effectivePoints(criteria[1], criteria)).toBe(32);
  });

  it('reads positions from order even when orders have gaps', () => {
    const criteria = [card('late', { tier: 'Weak', order: 9 }), card('early', { tier: 'Weak', order: 3 })];
    expect(pointsByCriterion(criteria)).toEqual(new Map([['early', 9], ['late', 7]]));
  });

  it('scores the template board as documented', () => {
    const points = pointsByCriterion(starterCriteria());
    const byLabel = new Map(starterCriteria().map((c) => [c.label, points.get(c.id)]));
    expect(byLabel.get('Demo request')).toBe(34);
    expect(byLabel.get('Completed survey')).toBe(24);
    expect(byLabel.get('Whitepaper download')).toBe(9);
    expect(byLabel.get('Newsletter subscriber')).toBe(0);
    expect(byLabel.get('Unsubscribed')).toBe(-14);
    expect(byLabel.get('Competitor domain')).toBe(-10);
  });

  it('sums points per category for the bars', () => {
    const totals = totalsByCategory(starterCriteria());
    // Fit: 32 + 22 + 12 positive; −12 − 10 negative.
    expect(totals.Fit).toEqual({ positive: 66, negative: -22, net: 44, count: 5 });
    // Engagement: 34 + 24 + 20 + 14 + 9 + 7 + 0 positive; −14 negative.
    expect(totals.Engagement).toEqual({ positive: 108, negative: -14, net: 94, count: 8 });
  });

  it('keeps every card within −100..100 and agrees with effectivePoints', () => {
    fc.assert(
      fc.property(boardArb, (board) => {
        const points = pointsByCriterion(board);
        expect(points.size).toBe(board.length);
        for (const c of board) {
          const p = points.get(c.id)!;
          expect(Number.isInteger(p)).toBe(true);
          expect(p).toBeGreaterThanOrEqual(-100);
          expect(p).toBeLessThanOrEqual(100);
          expect(effectivePoints(c, board)).toBe(p);
        }
      }),
    );
  });
});
