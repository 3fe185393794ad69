import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TIERS, type Criterion } from '../../../../shared/model/scoring';
import { starterCriteria } from '../../../../shared/template/criteria';
import {
  addCriterion,
  applyRanking,
  copyLabel,
  duplicateCriterion,
  groupByTier,
  hasContiguousOrders,
  moveCriterion,
  removeCriterion,
  reorderWithinTier,
  spreadSizes,
} from '../../../../shared/rules/scoring';
import { boardArb, card } from './fixtures';

const idsOf = (tier: Criterion[]) => tier.map((c) => c.id);
const sortedIds = (criteria: Criterion[]) => criteria.map((c) => c.id).sort();

const board = (): Criterion[] => [
  card('a', { tier: 'Critical', order: 0 }),
  card('b', { tier: 'Critical', order: 1 }),
  card('c', { tier: 'Strong', order: 0, pinnedPoints: 42 }),
  card('d', { tier: 'Strong', order: 1 }),
  card('n', { tier: 'Negative', order: 0 }),
];

describe('board operations', () => {
  it('moves a card into another tier at the given position', () => {
    const next = moveCriterion(board(), 'd', 'Critical', 1);
    const groups = groupByTier(next);
    expect(idsOf(groups.Critical)).toEqual(['a', 'd', 'b']);
    expect(groups.Critical.map((c) => c.order)).toEqual([0, 1, 2]);
    expect(idsOf(groups.Strong)).toEqual(['c']);
    expect(groups.Strong[0].order).toBe(0);
  });

  it('reads the index within a tier after the card is lifted out', () => {
    expect(idsOf(groupByTier(reorderWithinTier(board(), 'a', 1)).Critical)).toEqual(['b', 'a']);
    expect(idsOf(groupByTier(reorderWithinTier(board(), 'b', 0)).Critical)).toEqual(['b', 'a']);
    expect(idsOf(groupByTier(reorderWithinTier(board(), 'a', 99)).Critical)).toEqual(['b', 'a']);
  });

  it('does not mutate its input and ignores unknown ids', () => {
    const before = board();
    const copy = structuredClone(before);
    moveCriterion(before, 'a', 'Weak', 0);
    expect(before).toEqual(copy);
    expect(sortedIds(moveCriterion(before, 'zzz', 'Weak', 0))).toEqual(sortedIds(before));
  });

  it('adds at the bottom of a tier by default, or at an index', () => {
    const { order: _order, ...fresh } = card('e', { tier: 'Critical' });
    expect(idsOf(groupByTier(addCriterion(board(), fresh)).Critical)).toEqual(['a', 'b', 'e']);
    expect(idsOf(groupByTier(addCriterion(board(), fresh, 0)).Critical)).toEqual(['e', 'a', 'b']);
    expect(addCriterion(board(), { ...fresh, id: 'a' })).toHaveLength(5);
  });

  it('duplicates a card right below the original with a copy label', () => {
    const next = duplicateCriterion(board(), 'c', 'c2');
    const strong = groupByTier(next).Strong;
    expect(idsOf(strong)).toEqual(['c', 'c2', 'd']);
    expect(strong[1].label).toBe('c (copy)');
    expect(strong[1].pinnedPoints).toBe(42);
    expect(copyLabel('x'.repeat(80))).toHaveLength(80);
  });

  it('removes a card and closes the gap', () => {
    const next = removeCriterion(board(), 'a');
    expect(groupByTier(next).Critical.map((c) => [c.id, c.order])).toEqual([['b', 0]]);
  });

  it('spreads ranked cards evenly, higher tiers taking the remainder', () => {
    expect(spreadSizes(10, 4)).toEqual([3, 3, 2, 2]);
    expect(spreadSizes(2, 4)).toEqual([1, 1, 0, 0]);
    expect(spreadSizes(0, 4)).toEqual([0, 0, 0, 0]);
  });

  it('applies a ranking: Negative stays Negative, the rest spread over Critical..Weak', () => {
    const crit = starterCriteria();
    const ranking = [...crit].reverse().map((c) => c.id);
    const next = applyRanking(crit, ranking);
    const groups = groupByTier(next);
    const labels = (tier: Criterion[]) => tier.map((c) => c.label);
    // 10 non-negative cards → 3, 3, 2, 2, in reversed template order.
    expect(labels(groups.Critical)).toEqual(['Newsletter subscriber', 'Webinar attended', 'Whitepaper download']);
    expect(labels(groups.Weak)).toEqual(['Decision-maker title', 'Demo request']);
    expect(groups.Ignore).toEqual([]);
    expect(labels(groups.Negative)).toEqual(['Competitor domain', 'Personal e-mail domain', 'Unsubscribed']);
    expect(hasContiguousOrders(next)).toBe(true);
  });

  it('can keep Ignore cards where they are when applying a ranking', () => {
    const crit = starterCriteria();
    const next = applyRanking(crit, crit.map((c) => c.id), { keepTiers: ['Negative', 'Ignore'] });
    expect(groupByTier(next).Ignore.map((c) => c.label)).toEqual(['Newsletter subscriber']);
  });

  it('keeps orders contiguous, ids unchanged and pinned points untouched through any sequence of moves', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), tier: fc.constantFrom(...TIERS), index: fc.integer({ min: -2, max: 30 }) }),
      fc.record({ kind: fc.constant('reorder' as const), pick: fc.nat(), tier: fc.constantFrom(...TIERS), index: fc.integer({ min: -2, max: 30 }) }),
    );
    fc.assert(
      fc.property(boardArb, fc.array(op, { maxLength: 15 }), (start, ops) => {
        const pinned = new Map(start.map((c) => [c.id, c.pinnedPoints]));
        let current = start;
        for (const o of ops) {
          if (current.length === 0) break;
          const id = current[o.pick % current.length].id;
          current = o.kind === 'move' ? moveCriterion(current, id, o.tier, o.index) : reorderWithinTier(current, id, o.index);
          expect(hasContiguousOrders(current)).toBe(true);
        }
        expect(sortedIds(current)).toEqual(sortedIds(start));
        for (const c of current) expect(c.pinnedPoints).toBe(pinned.get(c.id));
      }),
    );
  });

  it('puts a moved card exactly where asked (clamped to the tier)', () => {
    fc.assert(
      fc.property(boardArb.filter((b) => b.length > 0), fc.nat(), fc.constantFrom(...TIERS), fc.nat({ max: 30 }), (start, pick, tier, index) => {
        const id = start[pick % start.length].id;
        const target = groupByTier(moveCriterion(start, id, tier, index))[tier];
        expect(target.findIndex((c) => c.id === id)).toBe(Math.min(index, target.length - 1));
      }),
    );
  });

  it('applyRanking keeps the id set, keeps Negative cards in Negative and leaves Ignore empty', () => {
    fc.assert(
      fc.property(boardArb, fc.nat(), (start, seed) => {
        const ids = start.map((c) => c.id);
        const ranking = ids.map((id, i) => ({ id, k: (i * 7919 + seed) % 101 })).sort((x, y) => x.k - y.k).map((x) => x.id);
        const next = applyRanking(start, ranking);
        expect(sortedIds(next)).toEqual(sortedIds(start));
        expect(hasContiguousOrders(next)).toBe(true);
        const wasNegative = new Set(start.filter((c) => c.tier === 'Negative').map((c) => c.id));
        for (const c of next) expect(c.tier === 'Negative').toBe(wasNegative.has(c.id));
        expect(next.filter((c) => c.tier === 'Ignore')).toEqual([]);
      }),
    );
  });
});
