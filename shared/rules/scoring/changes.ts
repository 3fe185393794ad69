import { TIERS, type Criterion, type Tier } from '../../model/scoring';
import { applyRanking, groupByTier } from './board';
import { formatPoints } from './score';
import { pointsByCriterion } from './tier-points';

/**
 * What an edit of the board changes in what gets signed: every card whose tier or points differ
 * between two boards. The ranking hand-off previews it before applying, and a drop or a Move
 * says it for the neighbours the positional bonus re-priced.
 */
export interface BoardChange {
  id: string;
  label: string;
  fromTier: Tier;
  toTier: Tier;
  fromPoints: number;
  toPoints: number;
}

/**
 * The cards present on both boards whose tier or points changed, in the order of the board
 * after the change (Critical first, top of each tier first). Cards only on one board (added or
 * deleted) are not changes of placement and are left out.
 */
export function boardChanges(before: readonly Criterion[], after: readonly Criterion[]): BoardChange[] {
  const was = new Map(before.map((c) => [c.id, c]));
  const pointsBefore = pointsByCriterion(before);
  const pointsAfter = pointsByCriterion(after);
  const groups = groupByTier(after);
  const changes: BoardChange[] = [];
  for (const tier of TIERS) {
    for (const c of groups[tier]) {
      const old = was.get(c.id);
      if (!old) continue;
      const fromPoints = pointsBefore.get(c.id) ?? 0;
      const toPoints = pointsAfter.get(c.id) ?? 0;
      if (old.tier === c.tier && fromPoints === toPoints) continue;
      changes.push({ id: c.id, label: c.label, fromTier: old.tier, toTier: c.tier, fromPoints, toPoints });
    }
  }
  return changes;
}

/** The change list of laying a merged team ranking on the board (what the preview shows). */
export const rankingChanges = boardChanges;

/**
 * "Pricing page visit: Moderate +10 → Strong +22" when the card changes tier,
 * "Pricing page visit +14 → +12" when only its points change.
 */
export function describeBoardChange(change: BoardChange): string {
  if (change.fromTier !== change.toTier) {
    return `${change.label}: ${change.fromTier} ${formatPoints(change.fromPoints)} → ${change.toTier} ${formatPoints(change.toPoints)}`;
  }
  return `${change.label} ${formatPoints(change.fromPoints)} → ${formatPoints(change.toPoints)}`;
}

/**
 * The sentence said after a move about the other cards it re-priced, or '' when none:
 * "Also changed: Demo request +34 → +32." `movedId` (the card that was moved) is left out.
 */
export function sideEffectSentence(before: readonly Criterion[], after: readonly Criterion[], movedId: string): string {
  const others = boardChanges(before, after).filter((c) => c.id !== movedId);
  if (others.length === 0) return '';
  return `Also changed: ${others.map(describeBoardChange).join('; ')}.`;
}

/** Tiers the merged ranking never touches: what a team put in Ignore or Negative by hand stays there. */
export const MERGE_KEEPS_TIERS: readonly Tier[] = ['Ignore', 'Negative'];

/** One sentence for the hand-off screen so the team knows what "Apply to board" will and will not do. */
export const MERGE_RULE_SENTENCE =
  'Cards in Ignore and Negative stay exactly where they are; the other cards are spread over Critical, Strong, Moderate and Weak in merged order, higher tiers taking any remainder. Typed points are kept.';

/** The board after laying the merged team ranking on it: only the positive tiers take the merged order. */
export function applyMergedRanking(criteria: readonly Criterion[], merged: readonly string[]): Criterion[] {
  const kept = new Set(criteria.filter((c) => MERGE_KEEPS_TIERS.includes(c.tier)).map((c) => c.id));
  // Left out of the ranking, kept cards keep their board order too, not only their tier.
  return applyRanking(
    criteria,
    merged.filter((id) => !kept.has(id)),
    { keepTiers: MERGE_KEEPS_TIERS },
  );
}

/** "7 cards change tier or points" / "No card changes tier or points". */
export function changeCountSentence(count: number): string {
  if (count === 0) return 'No card changes tier or points.';
  return `${count} ${count === 1 ? 'card changes' : 'cards change'} tier or points.`;
}
