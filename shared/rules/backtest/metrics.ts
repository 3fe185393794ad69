/**
 * What the model would have done with last year's leads, from per-row totals, disqualified
 * flags and outcomes. Definitions (a lead is an MQL at threshold t when total ≥ t and no
 * disqualifying card matched):
 * - precision = won MQLs / MQLs (the win rate among MQLs); null when there are no MQLs;
 * - recall = won MQLs / all won leads; null when nothing was won;
 * - base rate = won leads / all leads; lift = precision / base rate.
 */

export interface ThresholdMetrics {
  threshold: number;
  leads: number;
  wonTotal: number;
  baseRate: number | null;
  mqlCount: number;
  wonCaptured: number;
  precision: number | null;
  recall: number | null;
  lift: number | null;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

function assemble(threshold: number, leads: number, wonTotal: number, mqlCount: number, wonCaptured: number): ThresholdMetrics {
  const baseRate = ratio(wonTotal, leads);
  const precision = ratio(wonCaptured, mqlCount);
  return {
    threshold,
    leads,
    wonTotal,
    baseRate,
    mqlCount,
    wonCaptured,
    precision,
    recall: ratio(wonCaptured, wonTotal),
    lift: precision !== null && baseRate ? precision / baseRate : null,
  };
}

/** The metrics at one threshold by a plain pass over the rows (the reference the index is tested against). */
export function metricsAt(totals: ArrayLike<number>, disqualified: ArrayLike<number>, won: ArrayLike<number>, threshold: number): ThresholdMetrics {
  let wonTotal = 0;
  let mqlCount = 0;
  let wonCaptured = 0;
  for (let i = 0; i < totals.length; i++) {
    const isWon = won[i] === 1;
    if (isWon) wonTotal++;
    if (disqualified[i] === 0 && totals[i] >= threshold) {
      mqlCount++;
      if (isWon) wonCaptured++;
    }
  }
  return assemble(threshold, totals.length, wonTotal, mqlCount, wonCaptured);
}

/**
 * Counts of eligible (not disqualified) leads at or above every score, so the metrics at any
 * threshold, and the threshold that fits a capacity, cost O(1) after one O(n) pass.
 */
export class ThresholdIndex {
  readonly min: number;
  readonly max: number;
  readonly leads: number;
  readonly wonTotal: number;
  /** atOrAbove[s - min]: eligible leads scoring ≥ s; one extra slot (max + 1) holding 0. */
  private readonly atOrAbove: Float64Array;
  private readonly wonAtOrAbove: Float64Array;

  constructor(totals: ArrayLike<number>, disqualified: ArrayLike<number>, won: ArrayLike<number>) {
    let min = Infinity;
    let max = -Infinity;
    let wonTotal = 0;
    for (let i = 0; i < totals.length; i++) {
      if (totals[i] < min) min = totals[i];
      if (totals[i] > max) max = totals[i];
      if (won[i] === 1) wonTotal++;
    }
    if (!Number.isFinite(min)) min = max = 0;
    this.min = min;
    this.max = max;
    this.leads = totals.length;
    this.wonTotal = wonTotal;
    const size = max - min + 2;
    const count = new Float64Array(size);
    const wonCount = new Float64Array(size);
    for (let i = 0; i < totals.length; i++) {
      if (disqualified[i] !== 0) continue;
      count[totals[i] - min]++;
      if (won[i] === 1) wonCount[totals[i] - min]++;
    }
    for (let k = size - 2; k >= 0; k--) {
      count[k] += count[k + 1];
      wonCount[k] += wonCount[k + 1];
    }
    this.atOrAbove = count;
    this.wonAtOrAbove = wonCount;
  }

  private slot(threshold: number): number {
    const t = Math.ceil(threshold);
    if (t <= this.min) return 0;
    if (t > this.max) return this.max - this.min + 1;
    return t - this.min;
  }

  mqlCount(threshold: number): number {
    return this.atOrAbove[this.slot(threshold)];
  }

  at(threshold: number): ThresholdMetrics {
    const k = this.slot(threshold);
    return assemble(threshold, this.leads, this.wonTotal, this.atOrAbove[k], this.wonAtOrAbove[k]);
  }
}

export interface CapacityFit {
  /** MQLs sales can take per month: reps × capacity per rep. */
  monthlyCapacity: number;
  months: number;
  /** The lowest threshold (1..1000) whose monthly MQL volume fits the capacity; null when none does. */
  threshold: number | null;
  /** Monthly MQLs at that threshold. */
  monthlyMql: number | null;
  /** Monthly MQLs at the model's current threshold. */
  currentMonthlyMql: number;
}

export const MAX_THRESHOLD = 1000;

/** The threshold at which the MQLs the leads would have produced, per month, fit what sales can take. */
export function thresholdForCapacity(index: ThresholdIndex, currentThreshold: number, monthlyCapacity: number, months: number): CapacityFit {
  const span = Math.max(months, 1e-9);
  let threshold: number | null = null;
  // Monthly MQLs never rise with the threshold, so the first that fits is the lowest.
  for (let t = 1; t <= MAX_THRESHOLD; t++) {
    if (index.mqlCount(t) / span <= monthlyCapacity) {
      threshold = t;
      break;
    }
  }
  return {
    monthlyCapacity,
    months,
    threshold,
    monthlyMql: threshold === null ? null : index.mqlCount(threshold) / span,
    currentMonthlyMql: index.mqlCount(currentThreshold) / span,
  };
}

export interface DecileRow {
  /** 1 = the tenth of leads with the highest scores. */
  decile: number;
  leads: number;
  won: number;
  winRate: number | null;
  minScore: number | null;
  maxScore: number | null;
}

/**
 * Leads ranked by score, highest first (ties in file order), cut into ten groups of equal size
 * (decile d holds ranks ⌊(d−1)·n/10⌋ … ⌊d·n/10⌋−1), with each group's win rate.
 * Ranking is a counting sort over the integer scores: O(n), no comparison sort on a million rows.
 */
export function winRateByDecile(totals: ArrayLike<number>, won: ArrayLike<number>): DecileRow[] {
  const n = totals.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    if (totals[i] < min) min = totals[i];
    if (totals[i] > max) max = totals[i];
  }
  const rows: DecileRow[] = [];
  if (n === 0) {
    for (let d = 1; d <= 10; d++) rows.push({ decile: d, leads: 0, won: 0, winRate: null, minScore: null, maxScore: null });
    return rows;
  }
  // start[k]: first rank of score max − k.
  const size = max - min + 1;
  const start = new Int32Array(size + 1);
  for (let i = 0; i < n; i++) start[max - totals[i] + 1]++;
  for (let k = 1; k <= size; k++) start[k] += start[k - 1];
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[start[max - totals[i]]++] = i;
  for (let d = 1; d <= 10; d++) {
    const from = Math.floor(((d - 1) * n) / 10);
    const to = Math.floor((d * n) / 10);
    let wonCount = 0;
    for (let r = from; r < to; r++) wonCount += won[order[r]] === 1 ? 1 : 0;
    const leads = to - from;
    rows.push({
      decile: d,
      leads,
      won: wonCount,
      winRate: ratio(wonCount, leads),
      minScore: leads > 0 ? totals[order[to - 1]] : null,
      maxScore: leads > 0 ? totals[order[from]] : null,
    });
  }
  return rows;
}

export interface ScoreBin {
  /** Scores from ≤ s ≤ to. */
  from: number;
  to: number;
  won: number;
  lost: number;
}

/** How won and lost leads spread over the scores, in up to `binCount` equal-width bins. */
export function scoreDistribution(totals: ArrayLike<number>, won: ArrayLike<number>, binCount = 20): ScoreBin[] {
  const n = totals.length;
  if (n === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    if (totals[i] < min) min = totals[i];
    if (totals[i] > max) max = totals[i];
  }
  const width = Math.max(1, Math.ceil((max - min + 1) / binCount));
  const bins: ScoreBin[] = [];
  for (let from = min; from <= max; from += width) bins.push({ from, to: Math.min(max, from + width - 1), won: 0, lost: 0 });
  for (let i = 0; i < n; i++) {
    const bin = bins[Math.floor((totals[i] - min) / width)];
    if (won[i] === 1) bin.won++;
    else bin.lost++;
  }
  return bins;
}
