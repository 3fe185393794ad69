/**
 * Comparing the silent team rankings (best first) and merging them.
 * Rankings are lists of criterion ids; a repeated id counts only at its first position.
 * Correlations compare only the ids both lists contain, re-ranked 1..n among themselves.
 * Because a ranking is a strict order (no ties), Kendall's tau-a and tau-b are the same number.
 */

/** The list without repeats, first occurrence kept. */
function dedupe(ranking: readonly string[]): string[] {
  return [...new Set(ranking)];
}

/** Positions (0-based) of the ids both rankings contain, each re-ranked among the common ids. */
function commonPositions(a: readonly string[], b: readonly string[]): { ids: string[]; posA: number[]; posB: number[] } {
  const inB = new Set(b);
  const ids = dedupe(a).filter((id) => inB.has(id));
  const common = new Set(ids);
  const orderB = new Map(dedupe(b).filter((id) => common.has(id)).map((id, i) => [id, i]));
  return { ids, posA: ids.map((_, i) => i), posB: ids.map((id) => orderB.get(id)!) };
}

/**
 * Kendall's rank correlation over the common ids: (concordant − discordant pairs) ÷ all pairs.
 * 1 = same order, −1 = exactly reversed, about 0 = unrelated. null when fewer than two common
 * ids, because agreement cannot be measured.
 */
export function kendallTau(a: readonly string[], b: readonly string[]): number | null {
  const { posA, posB } = commonPositions(a, b);
  const n = posA.length;
  if (n < 2) return null;
  let balance = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      balance += Math.sign(posA[i] - posA[j]) * Math.sign(posB[i] - posB[j]);
    }
  }
  return balance / ((n * (n - 1)) / 2);
}

/**
 * Spearman's rank correlation over the common ids: 1 − 6·Σd² ÷ (n(n² − 1)), with d the rank
 * difference of each id. Same range and null rule as kendallTau.
 */
export function spearmanRho(a: readonly string[], b: readonly string[]): number | null {
  const { posA, posB } = commonPositions(a, b);
  const n = posA.length;
  if (n < 2) return null;
  const sumSq = posA.reduce((s, p, i) => s + (p - posB[i]) ** 2, 0);
  return 1 - (6 * sumSq) / (n * (n * n - 1));
}

export interface RankGap {
  id: string;
  /** 1-based position in ranking a. */
  rankA: number;
  /** 1-based position in ranking b. */
  rankB: number;
  /** rankB − rankA: positive when b ranks the card lower (further down) than a. */
  gap: number;
}

/**
 * Per-card disagreement for the ids in both rankings, largest absolute gap first (ties: by
 * rankA, then id, so the list is stable). Ranks are positions in each full list, so they match
 * what each team saw.
 */
export function rankGaps(a: readonly string[], b: readonly string[]): RankGap[] {
  const posB = new Map(dedupe(b).map((id, i) => [id, i + 1]));
  return dedupe(a)
    .map((id, i) => ({ id, rankA: i + 1, rankB: posB.get(id) }))
    .filter((x): x is { id: string; rankA: number; rankB: number } => x.rankB !== undefined)
    .map((x) => ({ ...x, gap: x.rankB - x.rankA }))
    .sort((x, y) => Math.abs(y.gap) - Math.abs(x.gap) || x.rankA - y.rankA || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/**
 * Borda points per id: with N distinct ids across all rankings, the card at position i of a
 * ranking earns N − i points from it; a ranking that leaves a card out gives it nothing.
 */
export function bordaPoints(rankings: readonly (readonly string[])[]): Map<string, number> {
  const all = dedupe(rankings.flat());
  const points = new Map(all.map((id) => [id, 0]));
  for (const ranking of rankings) {
    dedupe(ranking).forEach((id, i) => points.set(id, (points.get(id) ?? 0) + all.length - i));
  }
  return points;
}

/**
 * The merged ranking proposed as the starting point for the joint board: ids by Borda points,
 * highest first. Ties keep the order of the first ranking; ids the first ranking lacks follow
 * in the order they first appear in the later rankings.
 */
export function bordaMerge(rankings: readonly (readonly string[])[]): string[] {
  const points = bordaPoints(rankings);
  const tieOrder = new Map(dedupe(rankings.flat()).map((id, i) => [id, i]));
  return [...points.keys()].sort((x, y) => points.get(y)! - points.get(x)! || tieOrder.get(x)! - tieOrder.get(y)!);
}
