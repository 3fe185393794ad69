import type { ScoringModel } from '../../model/scoring';
import { maxAchievableByCategory, type FitGrade } from '../scoring/score';
import type { MatchCache } from './score-table';

/**
 * The fit × engagement matrix of a backtest: every lead placed by its fit grade (A–D) and its
 * engagement band (1–4), with the leads, wins and win rate of each of the 16 cells. A1 is the
 * best fit and the most engaged; D4 the least of both.
 *
 * THE CUT POINTS (the one place they are written down for the backtest):
 * a lead's Fit (or Engagement) points after decay and the category cap, as a share of the most
 * points the category can give — maxAchievableByCategory: every positive card matched as often
 * as it counts, then the category cap, so a model with a Fit cap of 40 grades against 40 —
 * clamped to 0…1, then
 *
 *     share ≥ 75 %  → grade A / band 1
 *     share ≥ 50 %  → grade B / band 2
 *     share ≥ 25 %  → grade C / band 3
 *     below 25 %    → grade D / band 4   (no points, negative points, and a category the model
 *                                          gives no positive points to all land here)
 *
 * These are the cuts of the scoring rules' own fitGrade (scoring/score.ts), so the matrix grades
 * a lead exactly as the live preview does; the band uses the same cuts. SHARE_CUTS is what the
 * matrix reads; the tests keep it equal to fitGrade (at every cut, and lead by lead against
 * scoreLead). Every lead of the file is counted, disqualified ones too (they sit where their
 * points put them), so the cells add up to the leads of the file.
 */
export const SHARE_CUTS = [0.75, 0.5, 0.25] as const;

export const FIT_GRADES: readonly FitGrade[] = ['A', 'B', 'C', 'D'];
export type EngagementBand = 1 | 2 | 3 | 4;
export const ENGAGEMENT_BANDS: readonly EngagementBand[] = [1, 2, 3, 4];

const percent = (share: number) => `${Math.round(share * 100)} %`;

/**
 * The cut points in words, from SHARE_CUTS and the matrix's maxima, for the screen, the CLI and
 * the PDF alike: "Fit grade: a lead’s Fit points as a share of the most a lead can get (66):
 * A 75 % or more, B 50 % or more, C 25 % or more, D below 25 %. Engagement band: …".
 */
export function matrixCutsSentence(m: Pick<FitEngagementMatrix, 'fitMax' | 'engagementMax'>): string {
  const steps = (labels: readonly (string | number)[]) => `${SHARE_CUTS.map((cut, i) => `${labels[i]} ${percent(cut)} or more`).join(', ')}, ${labels[3]} below ${percent(SHARE_CUTS[2])}`;
  const part = (name: string, what: string, max: number, labels: readonly (string | number)[], lowest: string) =>
    max > 0 ? `${name}: a lead’s ${what} points as a share of the most a lead can get (${max}): ${steps(labels)}.` : `${name}: the model gives no positive ${what} points, so every lead is ${lowest}.`;
  return `${part('Fit grade', 'Fit', m.fitMax, FIT_GRADES, 'grade D')} ${part('Engagement band', 'Engagement', m.engagementMax, ENGAGEMENT_BANDS, 'in band 4')}`;
}

/** Points as a share of the category's most, clamped to 0…1; 0 when the category can give nothing. */
export function shareOf(points: number, max: number): number {
  return max > 0 ? Math.max(0, Math.min(1, points / max)) : 0;
}

/** Band 1 (share ≥ 75 %) … band 4 (below 25 %): the cuts of fitGrade, numbered. */
export function engagementBand(share: number): EngagementBand {
  if (share >= SHARE_CUTS[0]) return 1;
  if (share >= SHARE_CUTS[1]) return 2;
  if (share >= SHARE_CUTS[2]) return 3;
  return 4;
}

export interface MatrixCell {
  grade: FitGrade;
  band: EngagementBand;
  leads: number;
  won: number;
  /** won / leads; null for an empty cell. */
  winRate: number | null;
}

export interface MatrixMargin {
  leads: number;
  won: number;
  winRate: number | null;
}

export interface FitEngagementMatrix {
  /** The most Fit and Engagement points a lead can get (the 100 % of the shares). */
  fitMax: number;
  engagementMax: number;
  /** SHARE_CUTS, carried along so a report can print the cut points it was made with. */
  cuts: readonly number[];
  /** 16 cells, grade by grade (A1, A2, A3, A4, B1 …). */
  cells: MatrixCell[];
  /** Per grade (A…D) and per band (1…4), over the other axis. */
  byGrade: (MatrixMargin & { grade: FitGrade })[];
  byBand: (MatrixMargin & { band: EngagementBand })[];
  leads: number;
  wonTotal: number;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
/** 0 for a share ≥ the first cut (A / 1) … 3 below the last (D / 4). */
const step = (share: number): number => (share >= SHARE_CUTS[0] ? 0 : share >= SHARE_CUTS[1] ? 1 : share >= SHARE_CUTS[2] ? 2 : 3);
const gradeIndex: Record<FitGrade, number> = { A: 0, B: 1, C: 2, D: 3 };

/** Tallies leads into the 16 cells one at a time: O(1) a lead, 32 numbers in all. */
export class MatrixTally {
  private readonly leads = new Float64Array(16);
  private readonly won = new Float64Array(16);

  constructor(
    readonly fitMax: number,
    readonly engagementMax: number,
  ) {}

  add(fitPoints: number, engagementPoints: number, isWon: boolean): void {
    // Grade A…D is row 0…3 and band 1…4 column 0…3: the same cuts as fitGrade and engagementBand,
    // compared as numbers (a million rows a drag; the cut-point test keeps them equal).
    const cell = step(shareOf(fitPoints, this.fitMax)) * 4 + step(shareOf(engagementPoints, this.engagementMax));
    this.leads[cell]++;
    if (isWon) this.won[cell]++;
  }

  result(): FitEngagementMatrix {
    const cells: MatrixCell[] = [];
    for (const grade of FIT_GRADES) for (const band of ENGAGEMENT_BANDS) {
      const k = gradeIndex[grade] * 4 + band - 1;
      cells.push({ grade, band, leads: this.leads[k], won: this.won[k], winRate: ratio(this.won[k], this.leads[k]) });
    }
    const margin = (list: MatrixCell[]): MatrixMargin => {
      const leads = list.reduce((s, c) => s + c.leads, 0);
      const won = list.reduce((s, c) => s + c.won, 0);
      return { leads, won, winRate: ratio(won, leads) };
    };
    const all = margin(cells);
    return {
      fitMax: this.fitMax,
      engagementMax: this.engagementMax,
      cuts: SHARE_CUTS,
      cells,
      byGrade: FIT_GRADES.map((grade) => ({ grade, ...margin(cells.filter((c) => c.grade === grade)) })),
      byBand: ENGAGEMENT_BANDS.map((band) => ({ band, ...margin(cells.filter((c) => c.band === band)) })),
      leads: all.leads,
      wonTotal: all.won,
    };
  }
}

/**
 * The matrix of the model over the cached table: one pass over the rows (MatchCache.visitSubtotals),
 * nothing kept per row. The cache must hold this model's sums (runBacktest updates it first).
 */
export function fitEngagementMatrix(model: ScoringModel, cache: MatchCache): FitEngagementMatrix {
  const max = maxAchievableByCategory(model);
  const tally = new MatrixTally(max.Fit, max.Engagement);
  const won = cache.table.won;
  cache.visitSubtotals(model.settings, (i, fit, engagement) => tally.add(fit, engagement, won[i] === 1));
  return tally.result();
}
