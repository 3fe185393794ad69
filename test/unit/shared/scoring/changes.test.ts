import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type Criterion } from '../../../../shared/model/scoring';
import { starterCriteria } from '../../../../shared/template/criteria';
import {
  applyMergedRanking,
  boardChanges,
  changeCountSentence,
  describeBoardChange,
  groupByTier,
  hasContiguousOrders,
  moveCriterion,
  pointsByCriterion,
  rankingChanges,
  sideEffectSentence,
} from '../../../../shared/rules/scoring';
import { boardArb, card } from './fixtures';

const idOf = (criteria: Criterion[], label: string) => criteria.find((c) => c.label === label)!.id;

describe('boardChanges', () => {
  it('lists nothing for the same board', () => {
    const board = starterCriteria();
    expect(boardChanges(board, board)).toEqual([]);
  });

  it('names the neighbours a drop at the top of a tier re-prices', () => {
    const board = starterCriteria();
    const dm = idOf(board, 'Decision-maker title');
    const after = moveCriterion(board, dm, 'Critical', 0);
    const changes = boardChanges(board, after);
    expect(changes.map(describeBoardChange)).toEqual(['Decision-maker title +32 → +34', 'Demo request +34 → +32']);
    expect(sideEffectSentence(board, after, dm)).toBe('Also changed: Demo request +34 → +32.');
  });

  it('says the tier when a card changes tier, and lists the cards below the one that left', () => {
    const board = starterCriteria();
    const pricing = idOf(board, 'Pricing page visit');
    const after = moveCriterion(board, pricing, 'Strong', 0);
    const lines = boardChanges(board, after).map(describeBoardChange);
    expect(lines[0]).toBe('Pricing page visit: Moderate +14 → Strong +24');
    expect(lines).toContain('Target industry +12 → +14');
    expect(lines).toContain('Completed survey +24 → +22');
  });

  it('leaves out pinned cards (their points do not move) and cards only on one board', () => {
    const before = [card('a', { tier: 'Strong', order: 0, pinnedPoints: 7 }), card('b', { tier: 'Strong', order: 1 }), card('gone', { tier: 'Weak' })];
    const after = [card('b', { tier: 'Strong', order: 0 }), card('a', { tier: 'Strong', order: 1, pinnedPoints: 7 }), card('new', { tier: 'Weak' })];
    expect(boardChanges(before, after).map((c) => c.id)).toEqual(['b']);
  });

  it('agrees with the points of both boards for any move (property)', () => {
    fc.assert(
      fc.property(boardArb, fc.nat(20), fc.constantFrom('Critical', 'Strong', 'Moderate', 'Weak', 'Ignore', 'Negative' as const), fc.nat(10), (board, pick, tier, index) => {
        if (board.length === 0) return;
        const id = board[pick % board.length].id;
        const after = moveCriterion(board, id, tier, index);
        const changes = boardChanges(board, after);
        const p0 = pointsByCriterion(board);
        const p1 = pointsByCriterion(after);
        const tierOf = (b: Criterion[], x: string) => b.find((c) => c.id === x)!.tier;
        for (const c of after) {
          const changed = p0.get(c.id) !== p1.get(c.id) || tierOf(board, c.id) !== c.tier;
          expect(changes.some((x) => x.id === c.id)).toBe(changed);
        }
      }),
    );
  });
});

describe('applying the merged team ranking', () => {
  it('leaves Ignore and Negative cards exactly where they are, even when both teams ranked them last or first', () => {
    const board = starterCriteria();
    const newsletter = idOf(board, 'Newsletter subscriber');
    const rankable = board.filter((c) => c.tier !== 'Negative').map((c) => c.id);
    // Newsletter first in the merged order: it still stays in Ignore.
    const merged = [newsletter, ...rankable.filter((id) => id !== newsletter)];
    const after = applyMergedRanking(board, merged);
    expect(after.find((c) => c.id === newsletter)!.tier).toBe('Ignore');
    expect(groupByTier(after).Ignore.map((c) => c.id)).toEqual(groupByTier(board).Ignore.map((c) => c.id));
    expect(groupByTier(after).Negative.map((c) => c.id)).toEqual(groupByTier(board).Negative.map((c) => c.id));
    expect(hasContiguousOrders(after)).toBe(true);
    expect(rankingChanges(board, after).some((c) => c.fromTier === 'Ignore' || c.toTier === 'Ignore' || c.toTier === 'Negative')).toBe(false);
  });

  it('spreads the positive cards over Critical to Weak in merged order', () => {
    const board = starterCriteria();
    const positive = board.filter((c) => !['Ignore', 'Negative'].includes(c.tier)).map((c) => c.id).reverse();
    const after = applyMergedRanking(board, positive);
    const groups = groupByTier(after);
    expect(groups.Critical.map((c) => c.id)).toEqual(positive.slice(0, 3));
    // Nine positive cards: 3, 2, 2, 2 (higher tiers take the remainder).
    expect([groups.Critical, groups.Strong, groups.Moderate, groups.Weak].map((g) => g.length)).toEqual([3, 2, 2, 2]);
  });

  it('previews each card that moves or changes points, in board order', () => {
    const board = starterCriteria();
    const positive = board.filter((c) => !['Ignore', 'Negative'].includes(c.tier)).map((c) => c.id).reverse();
    const lines = rankingChanges(board, applyMergedRanking(board, positive)).map(describeBoardChange);
    expect(lines[0]).toBe('Webinar attended: Weak +7 → Critical +34');
    expect(lines.every((l) => /^.+: \w+ [+−]?\d+ → \w+ [+−]?\d+$|^.+ [+−]?\d+ → [+−]?\d+$/.test(l))).toBe(true);
  });

  it('counts the changes in words', () => {
    expect(changeCountSentence(0)).toBe('No card changes tier or points.');
    expect(changeCountSentence(1)).toBe('1 card changes tier or points.');
    expect(changeCountSentence(7)).toBe('7 cards change tier or points.');
  });
});
