import { numberFormatOf, readNumber } from '../scoring/read-cell';
import type { CrmScoreColumn } from './table';

/**
 * The workshop's model against the score the CRM gives leads today (HubSpot Score, Account
 * Engagement's pi__score__c or pi__grade__c, Salesforce's Rating), at the SAME MQL volume: when
 * the workshop model makes N MQLs at its threshold, today's score is judged by the N leads it
 * ranks highest. Precision, recall and lift are defined as in metrics.ts; the base rate is shared.
 *
 * "Hidden wins" are won leads the workshop model makes MQL and today's top N misses; the reverse
 * (won leads only today's score catches) is counted too, so the comparison is honest both ways.
 *
 * Built for a million rows in a worker, in two O(n) passes that keep nothing per row:
 * 1. rankTodayScore — once per file (it does not depend on the model): how many leads, and how
 *    many won, hold each distinct CRM value (a histogram over the column's dictionary, a few
 *    hundred values), each value read as a number or a grade;
 * 2. compareWithToday — once per re-score: the cut for N from the histogram, then one pass
 *    counting the leads inside both selections.
 *
 * Ties: today's score gives many leads the same value (every "B" grade, every score of 45), so
 * the N-th place usually falls inside a group of equal values. Leads strictly above the cut
 * value are all taken; of the leads AT the cut value, the first ones in file order are taken
 * until there are N (the same rule the win-rate deciles use). The counts stay whole leads; the
 * result says how many leads share the cut value and how many of them were taken, so a reader
 * can see when the order of the file decided part of today's selection.
 *
 * A blank cell, or a text the column's scale cannot read, is "no score": ranked below every
 * score (a CRM shows an unscored lead last), counted in `unscored`, and taken only when N
 * exceeds the scored leads.
 */

/** How the column's values are read: plain numbers (a score), letter grades A+ … F, or Salesforce's Hot / Warm / Cold. */
export type TodayScale = 'number' | 'grade' | 'rating';

/** One distinct value of today's score, best first. */
export interface TodayLevel {
  /** The value as shown: "62", "B+", "Warm"; null for leads without a score. */
  label: string | null;
  rank: number;
  leads: number;
  won: number;
}

/** What rankTodayScore learns from the file once: everything that does not depend on the model. */
export interface TodayRanking {
  column: string;
  scale: TodayScale;
  /** Rank of each dictionary code (index 0 = blank); −Infinity for no score. */
  rankByCode: Float64Array;
  /** Every distinct rank, best first; the no-score group (when any) last. */
  levels: TodayLevel[];
  leads: number;
  wonTotal: number;
  /** Leads with no score (blank, or a text the scale cannot read). */
  unscored: number;
  /** Up to five texts that were not blank but could not be read on the scale. */
  unreadExamples: string[];
}

/** One selection of N leads judged against the outcomes. */
export interface SelectionFigures {
  mqlCount: number;
  wonCaptured: number;
  /** won MQLs / MQLs; null when there are no MQLs. */
  precision: number | null;
  /** won MQLs / all won leads; null when nothing was won. */
  recall: number | null;
  /** precision / base rate; null when either is unknown or the base rate is 0. */
  lift: number | null;
}

export interface TodayComparison {
  /** The CSV column holding today's score, e.g. "HubSpot Score". */
  column: string;
  scale: TodayScale;
  leads: number;
  wonTotal: number;
  baseRate: number | null;
  /** N: the MQLs the workshop model makes at its threshold; today's score is judged by its top N. */
  volume: number;
  workshop: SelectionFigures & { threshold: number };
  today: SelectionFigures & {
    /** The lowest value inside today's top N ("45", "B"), or null when N is 0 (or the cut reaches leads with no score: see cutoffUnscored). */
    cutoff: string | null;
    /** True when the top N had to take leads with no score. */
    cutoffUnscored: boolean;
    /** Leads holding the cut value, and how many of them (the first in file order) are in the top N. */
    tiedAtCutoff: number;
    takenAtCutoff: number;
  };
  /** Won leads the workshop model makes MQL and today's top N misses. */
  hiddenWins: number;
  /** Won leads today's top N holds and the workshop model does not make MQL. */
  todayOnlyWins: number;
  /** Won leads both select. */
  bothWins: number;
  unscored: number;
  unreadExamples: string[];
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

function figures(mqlCount: number, wonCaptured: number, wonTotal: number, baseRate: number | null): SelectionFigures {
  const precision = ratio(wonCaptured, mqlCount);
  return { mqlCount, wonCaptured, precision, recall: ratio(wonCaptured, wonTotal), lift: precision !== null && baseRate ? precision / baseRate : null };
}

const GRADE = /^([a-f])\s*([+-]?)$/i;
const RATINGS: Record<string, number> = { hot: 3, warm: 2, cold: 1 };

/** A letter grade as a rank: A+ 16, A 15, A− 14 … F 0 (F has no plus or minus in Account Engagement); null when it is not one. */
function gradeRank(text: string): { rank: number; label: string } | null {
  const m = GRADE.exec(text.replace('\u2212', '-'));
  if (!m) return null;
  const letter = m[1].toUpperCase();
  const base = (5 - (letter.charCodeAt(0) - 65)) * 3;
  const sign = m[2] === '+' ? 1 : m[2] === '-' ? -1 : 0;
  return { rank: base + sign, label: `${letter}${m[2]}` };
}

function ratingRank(text: string): { rank: number; label: string } | null {
  const rank = RATINGS[text.toLowerCase()];
  return rank === undefined ? null : { rank, label: text.charAt(0).toUpperCase() + text.slice(1).toLowerCase() };
}

type Reader = (text: string) => { rank: number; label: string } | null;

function readers(locale?: string): Record<TodayScale, Reader> {
  const format = numberFormatOf(locale);
  return {
    number: (text) => {
      const n = readNumber(text, format);
      return n === null ? null : { rank: n, label: String(n) };
    },
    grade: gradeRank,
    rating: ratingRank,
  };
}

/**
 * Pass 1 (once per file): the histogram of today's score — leads and wins per distinct value —
 * and the scale the values are read on: the one of number, grade and rating that reads the
 * most leads (a tie goes to number, then grade). Null when no lead has a readable value: then
 * there is nothing to compare with. O(rows) time, O(distinct values) memory.
 */
export function rankTodayScore(column: CrmScoreColumn, won: ArrayLike<number>, locale?: string): TodayRanking | null {
  const size = column.dict.length + 1;
  const leadsByCode = new Float64Array(size);
  const wonByCode = new Float64Array(size);
  const codes = column.codes;
  for (let i = 0; i < codes.length; i++) {
    leadsByCode[codes[i]]++;
    if (won[i] === 1) wonByCode[codes[i]]++;
  }
  const read = readers(locale);
  let scale: TodayScale = 'number';
  let best = 0;
  for (const candidate of ['number', 'grade', 'rating'] as const) {
    let reads = 0;
    for (let k = 1; k < size; k++) if (read[candidate](column.dict[k - 1]) !== null) reads += leadsByCode[k];
    if (reads > best) {
      best = reads;
      scale = candidate;
    }
  }
  if (best === 0) return null;
  const rankByCode = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
  const byRank = new Map<number, TodayLevel>();
  const unreadExamples: string[] = [];
  let unscored = leadsByCode[0];
  let unscoredWon = wonByCode[0];
  for (let k = 1; k < size; k++) {
    const value = read[scale](column.dict[k - 1]);
    if (value === null) {
      unscored += leadsByCode[k];
      unscoredWon += wonByCode[k];
      if (unreadExamples.length < 5 && leadsByCode[k] > 0) unreadExamples.push(column.dict[k - 1]);
      continue;
    }
    rankByCode[k] = value.rank;
    const level = byRank.get(value.rank);
    if (level) {
      level.leads += leadsByCode[k];
      level.won += wonByCode[k];
    } else byRank.set(value.rank, { label: value.label, rank: value.rank, leads: leadsByCode[k], won: wonByCode[k] });
  }
  const levels = [...byRank.values()].filter((l) => l.leads > 0).sort((a, b) => b.rank - a.rank);
  if (unscored > 0) levels.push({ label: null, rank: Number.NEGATIVE_INFINITY, leads: unscored, won: unscoredWon });
  let wonTotal = 0;
  for (const l of levels) wonTotal += l.won;
  return { column: column.column, scale, rankByCode, levels, leads: codes.length, wonTotal, unscored, unreadExamples };
}

/** Where today's top N ends: every lead ranked above `rank`, and the first `take` (in file order) of the `tied` leads at it. */
export interface TodayCut {
  rank: number;
  label: string | null;
  tied: number;
  take: number;
}

/** The cut for a volume of N leads, from the histogram alone. N = 0 takes nobody (rank +Infinity). */
export function cutForVolume(ranking: TodayRanking, volume: number): TodayCut {
  let above = 0;
  if (volume > 0) {
    for (const level of ranking.levels) {
      if (above + level.leads >= volume) return { rank: level.rank, label: level.label, tied: level.leads, take: volume - above };
      above += level.leads;
    }
  }
  return { rank: Number.POSITIVE_INFINITY, label: null, tied: 0, take: 0 };
}

const nf = new Intl.NumberFormat('en-US');

/**
 * Which leads today's top N is, in words, for the screen, the CLI and the PDF alike, e.g.
 * "HubSpot Score 60 or higher", "pi__grade__c better than B, and 40 of the 120 leads at B (the
 * first in the file)".
 */
export function describeTodayCut(c: Pick<TodayComparison, 'column' | 'scale' | 'volume' | 'today'>): string {
  const { cutoff, cutoffUnscored, tiedAtCutoff, takenAtCutoff } = c.today;
  if (c.volume === 0) return 'no lead (the workshop model makes no MQL)';
  if (cutoffUnscored) return `every lead with a ${c.column}, and ${nf.format(takenAtCutoff)} of the ${nf.format(tiedAtCutoff)} leads without one (the first in the file)`;
  const numeric = c.scale === 'number';
  if (takenAtCutoff === tiedAtCutoff) return `${c.column} ${cutoff} ${numeric ? 'or higher' : 'or better'}`;
  return `${c.column} ${numeric ? 'above' : 'better than'} ${cutoff}, and ${nf.format(takenAtCutoff)} of the ${nf.format(tiedAtCutoff)} leads at ${cutoff} (the first in the file)`;
}

/**
 * Pass 2 (once per re-score): the workshop model's MQLs (total ≥ threshold, not disqualified)
 * against today's top N, N being the workshop's MQL count. O(rows) time, O(1) memory beyond
 * the ranking. `codes` is the CRM column's codes (the same table as `ranking`).
 */
export function compareWithToday(ranking: TodayRanking, codes: ArrayLike<number>, won: ArrayLike<number>, totals: ArrayLike<number>, disqualified: ArrayLike<number>, threshold: number): TodayComparison {
  const n = totals.length;
  let volume = 0;
  for (let i = 0; i < n; i++) if (disqualified[i] === 0 && totals[i] >= threshold) volume++;
  const cut = cutForVolume(ranking, volume);
  const rankByCode = ranking.rankByCode;
  let takenAtCut = 0;
  let workshopWon = 0;
  let todayCount = 0;
  let todayWon = 0;
  let bothWins = 0;
  let wonTotal = 0;
  for (let i = 0; i < n; i++) {
    const rank = rankByCode[codes[i]];
    let inToday = rank > cut.rank;
    if (!inToday && rank === cut.rank && takenAtCut < cut.take) {
      takenAtCut++;
      inToday = true;
    }
    const inWorkshop = disqualified[i] === 0 && totals[i] >= threshold;
    if (inToday) todayCount++;
    if (won[i] !== 1) continue;
    wonTotal++;
    if (inWorkshop) workshopWon++;
    if (inToday) todayWon++;
    if (inWorkshop && inToday) bothWins++;
  }
  const baseRate = ratio(wonTotal, n);
  return {
    column: ranking.column,
    scale: ranking.scale,
    leads: n,
    wonTotal,
    baseRate,
    volume,
    workshop: { ...figures(volume, workshopWon, wonTotal, baseRate), threshold },
    today: {
      ...figures(todayCount, todayWon, wonTotal, baseRate),
      cutoff: cut.label,
      cutoffUnscored: volume > 0 && cut.rank === Number.NEGATIVE_INFINITY,
      tiedAtCutoff: cut.tied,
      takenAtCutoff: cut.take,
    },
    hiddenWins: workshopWon - bothWins,
    todayOnlyWins: todayWon - bothWins,
    bothWins,
    unscored: ranking.unscored,
    unreadExamples: ranking.unreadExamples,
  };
}
