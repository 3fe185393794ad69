import { TIERS, type Criterion, type Tier } from '../../model/scoring';
import { newId } from '../ids';

/**
 * Pure operations on the scoring board. Every function returns a NEW array, sorted by tier
 * (Critical first) and then by position, with `order` renumbered 0..n-1 inside every tier.
 * Nothing here touches `pinnedPoints`: typed points survive every move.
 */

/** 0 for Critical … 5 for Negative. */
export const tierIndex = (tier: Tier): number => TIERS.indexOf(tier);

/** Cards of each tier, top first. Every tier is present, possibly empty. */
export function groupByTier(criteria: readonly Criterion[]): Record<Tier, Criterion[]> {
  const groups = Object.fromEntries(TIERS.map((t) => [t, [] as Criterion[]])) as Record<Tier, Criterion[]>;
  criteria
    .map((c, index) => ({ c, index }))
    .sort((x, y) => x.c.order - y.c.order || x.index - y.index)
    .forEach(({ c }) => groups[c.tier].push(c));
  return groups;
}

/** Flattens groups back into one array, renumbering orders from 0 within each tier. */
function flatten(groups: Record<Tier, Criterion[]>): Criterion[] {
  return TIERS.flatMap((tier) => groups[tier].map((c, order) => (c.tier === tier && c.order === order ? c : { ...c, tier, order })));
}

/** Sorts by tier and position and closes any gaps in `order`. */
export function normalizeBoard(criteria: readonly Criterion[]): Criterion[] {
  return flatten(groupByTier(criteria));
}

function clampIndex(index: number, length: number): number {
  if (!Number.isFinite(index)) return length;
  return Math.max(0, Math.min(length, Math.floor(index)));
}

/**
 * Moves a card to `toTier` at position `toIndex` (0 = top; past the end = bottom). The index is
 * read against the target tier as it looks after the card has been lifted out, which is what a
 * "Move to…" menu and a keyboard move both mean. An unknown id leaves the board as it was.
 */
export function moveCriterion(criteria: readonly Criterion[], id: string, toTier: Tier, toIndex: number): Criterion[] {
  const groups = groupByTier(criteria);
  const moving = criteria.find((c) => c.id === id);
  if (!moving) return flatten(groups);
  groups[moving.tier] = groups[moving.tier].filter((c) => c.id !== id);
  const target = groups[toTier];
  target.splice(clampIndex(toIndex, target.length), 0, { ...moving, tier: toTier });
  return flatten(groups);
}

/** Moves a card up or down inside its own tier. */
export function reorderWithinTier(criteria: readonly Criterion[], id: string, toIndex: number): Criterion[] {
  const moving = criteria.find((c) => c.id === id);
  if (!moving) return normalizeBoard(criteria);
  return moveCriterion(criteria, id, moving.tier, toIndex);
}

/**
 * Adds a card to its tier at `atIndex` (bottom of the tier by default). A card whose id is
 * already on the board is refused silently (the board comes back unchanged) so ids stay unique.
 */
export function addCriterion(criteria: readonly Criterion[], criterion: Omit<Criterion, 'order'> & { order?: number }, atIndex?: number): Criterion[] {
  const groups = groupByTier(criteria);
  if (criteria.some((c) => c.id === criterion.id)) return flatten(groups);
  const target = groups[criterion.tier];
  target.splice(clampIndex(atIndex ?? target.length, target.length), 0, { ...criterion, order: 0 });
  return flatten(groups);
}

const LABEL_MAX = 80;
const COPY_SUFFIX = ' (copy)';

/** The label a duplicate gets, kept within the schema's 80 characters. */
export function copyLabel(label: string): string {
  const room = LABEL_MAX - COPY_SUFFIX.length;
  return (label.length > room ? label.slice(0, room).trimEnd() : label) + COPY_SUFFIX;
}

/** Copies a card and places the copy directly below the original, in the same tier. */
export function duplicateCriterion(criteria: readonly Criterion[], id: string, copyId: string = newId()): Criterion[] {
  const groups = groupByTier(criteria);
  const original = criteria.find((c) => c.id === id);
  if (!original || criteria.some((c) => c.id === copyId)) return flatten(groups);
  const target = groups[original.tier];
  const at = target.findIndex((c) => c.id === id);
  const condition = copyCondition(original.condition);
  target.splice(at + 1, 0, { ...original, id: copyId, label: copyLabel(original.label), condition });
  return flatten(groups);
}

/** Conditions are plain data; copying the `values` array keeps the duplicate independent. */
function copyCondition(condition: Criterion['condition']): Criterion['condition'] {
  return condition.op === 'in' ? { ...condition, values: [...condition.values] } : { ...condition };
}

/** Removes a card; the cards below it move up. */
export function removeCriterion(criteria: readonly Criterion[], id: string): Criterion[] {
  return normalizeBoard(criteria.filter((c) => c.id !== id));
}

/** How many of `count` ranked cards go in each of `tierCount` tiers: as even as possible, higher tiers take the remainder. */
export function spreadSizes(count: number, tierCount: number): number[] {
  const base = Math.floor(count / tierCount);
  const extra = count % tierCount;
  return Array.from({ length: tierCount }, (_, i) => base + (i < extra ? 1 : 0));
}

const SPREAD_TIERS: readonly Tier[] = ['Critical', 'Strong', 'Moderate', 'Weak'];

export interface ApplyRankingOptions {
  /** Tiers whose cards stay where they are (re-ordered by the ranking). Default: Negative only. */
  keepTiers?: readonly Tier[];
}

/**
 * Lays a ranked list (best first, e.g. a merged team ranking) onto the board. Cards in a kept
 * tier (Negative by default; pass ['Negative', 'Ignore'] to keep Ignore too) stay in that tier,
 * ordered by the ranking. All other cards are spread over Critical, Strong, Moderate and Weak in
 * ranking order, as evenly as possible with higher tiers taking any remainder (10 cards → 3, 3,
 * 2, 2). Cards the ranking does not mention follow the ranked ones in their current board order;
 * ids the board does not have are ignored. Pinned points are kept.
 */
export function applyRanking(criteria: readonly Criterion[], orderedIds: readonly string[], options: ApplyRankingOptions = {}): Criterion[] {
  const keep = new Set<Tier>(options.keepTiers ?? ['Negative']);
  const current = normalizeBoard(criteria);
  const byId = new Map(current.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const ranked: Criterion[] = [];
  for (const id of orderedIds) {
    const c = byId.get(id);
    if (c && !seen.has(id)) {
      seen.add(id);
      ranked.push(c);
    }
  }
  for (const c of current) if (!seen.has(c.id)) ranked.push(c);

  const groups = Object.fromEntries(TIERS.map((t) => [t, [] as Criterion[]])) as Record<Tier, Criterion[]>;
  const toSpread: Criterion[] = [];
  for (const c of ranked) (keep.has(c.tier) ? groups[c.tier] : toSpread).push(c);

  const sizes = spreadSizes(toSpread.length, SPREAD_TIERS.length);
  let next = 0;
  SPREAD_TIERS.forEach((tier, i) => {
    for (let k = 0; k < sizes[i]; k++) groups[tier].push(toSpread[next++]);
  });
  return flatten(groups);
}

/** True when every tier's orders run 0..n-1 with no gaps or repeats (what every operation here guarantees). */
export function hasContiguousOrders(criteria: readonly Criterion[]): boolean {
  return TIERS.every((tier) => {
    const orders = criteria.filter((c) => c.tier === tier).map((c) => c.order).sort((a, b) => a - b);
    return orders.every((o, i) => o === i);
  });
}
