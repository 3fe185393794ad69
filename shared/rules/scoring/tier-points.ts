import { TIERS, type Category, type Criterion, type Tier } from '../../model/scoring';

/**
 * The placement rule: how a card's tier and its position inside the tier become points.
 *
 * Every tier has base points. The first card of a tier gets a bonus of 4 and the second a bonus
 * of 2; later cards get the base alone. In the Negative tier the bonus makes the points more
 * negative (the card at the top of Negative is the strongest warning sign). Ignore is always 0.
 *
 * The bases are far enough apart that any card in a higher tier always outscores any card in a
 * lower one (Weak's best is 9, Moderate's worst is 10), so dragging a card up never lowers it.
 */
export const TIER_BASE_POINTS: Readonly<Record<Tier, number>> = {
  Critical: 30,
  Strong: 20,
  Moderate: 10,
  Weak: 5,
  Ignore: 0,
  Negative: -10,
};

/** Extra points by position inside a tier: index 0 is the top card. Positions beyond get none. */
export const POSITION_BONUS: readonly number[] = [4, 2];

/** Whole points as the rule writes them in words: "30", "−10" (a real minus sign). */
const inWords = (n: number) => (n < 0 ? `−${-n}` : `${n}`);

/**
 * One sentence the scoring screen, the summary and the PDF show so the team knows where the
 * numbers come from, generated from TIER_BASE_POINTS and POSITION_BONUS so it cannot drift from them.
 */
export const PLACEMENT_RULE_SENTENCE =
  `Each tier has base points (${TIERS.map((t) => `${t} ${inWords(TIER_BASE_POINTS[t])}`).join(', ')}); ` +
  `the first card in a tier gets ${POSITION_BONUS[0]} extra points and the second ${POSITION_BONUS[1]} extra (in Negative, ${POSITION_BONUS[0]} and ${POSITION_BONUS[1]} more negative), ` +
  'and a card with typed points keeps them wherever it goes.';

export const MIN_POINTS = -100;
export const MAX_POINTS = 100;

/** Keeps points inside the range the schema accepts, as whole numbers. */
export function clampPoints(points: number): number {
  if (!Number.isFinite(points)) return 0;
  return Math.max(MIN_POINTS, Math.min(MAX_POINTS, Math.round(points)));
}

/** Points the placement rule gives to the card at `position` (0 = top) of `tier`. */
export function placementPoints(tier: Tier, position: number): number {
  const base = TIER_BASE_POINTS[tier];
  if (tier === 'Ignore') return 0;
  const bonus = position >= 0 && position < POSITION_BONUS.length ? POSITION_BONUS[Math.floor(position)] : 0;
  return clampPoints(tier === 'Negative' ? base - bonus : base + bonus);
}

/**
 * The card's position inside its tier among `criteria`, 0 = top. Computed from the orders rather
 * than trusting `order` itself, so a board whose orders have gaps still scores sensibly.
 * Ties in `order` fall back to array order.
 */
export function positionInTier(criterion: Criterion, criteria: readonly Criterion[]): number {
  const sameTier = criteria
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.tier === criterion.tier)
    .sort((x, y) => x.c.order - y.c.order || x.index - y.index);
  const found = sameTier.findIndex(({ c }) => c.id === criterion.id);
  return found === -1 ? criterion.order : found;
}

/** The points a card counts for: its typed (pinned) points when set, otherwise the placement rule. */
export function effectivePoints(criterion: Criterion, criteria: readonly Criterion[]): number {
  if (criterion.pinnedPoints !== null && criterion.pinnedPoints !== undefined) return clampPoints(criterion.pinnedPoints);
  return placementPoints(criterion.tier, positionInTier(criterion, criteria));
}

/** Points for every card, keyed by criterion id. One pass per tier, so it suits live redraws. */
export function pointsByCriterion(criteria: readonly Criterion[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const tier of TIERS) {
    const inTier = criteria
      .map((c, index) => ({ c, index }))
      .filter(({ c }) => c.tier === tier)
      .sort((x, y) => x.c.order - y.c.order || x.index - y.index);
    inTier.forEach(({ c }, position) => {
      result.set(c.id, c.pinnedPoints !== null && c.pinnedPoints !== undefined ? clampPoints(c.pinnedPoints) : placementPoints(tier, position));
    });
  }
  return result;
}

export interface CategoryTotals {
  /** Sum of the positive points: what a lead matching every card once could gain. */
  positive: number;
  /** Sum of the negative points (zero or below). */
  negative: number;
  /** positive + negative. */
  net: number;
  /** Number of cards in the category. */
  count: number;
}

/** Per-category sums for the live bars beside the board. Event repeats are not multiplied in. */
export function totalsByCategory(criteria: readonly Criterion[]): Record<Category, CategoryTotals> {
  const empty = (): CategoryTotals => ({ positive: 0, negative: 0, net: 0, count: 0 });
  const totals: Record<Category, CategoryTotals> = { Fit: empty(), Engagement: empty() };
  const points = pointsByCriterion(criteria);
  for (const c of criteria) {
    const p = points.get(c.id) ?? 0;
    const t = totals[c.category];
    if (p > 0) t.positive += p;
    else t.negative += p;
    t.net += p;
    t.count += 1;
  }
  return totals;
}
