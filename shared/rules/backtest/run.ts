import type { Goals } from '../../model/goals';
import type { ScoringModel } from '../../model/scoring';
import { maxAchievableByCategory } from '../scoring/score';
import { pointsByCriterion } from '../scoring/tier-points';
import { fitEngagementMatrix, type FitEngagementMatrix } from './matrix';
import { ThresholdIndex, scoreDistribution, thresholdForCapacity, winRateByDecile, type CapacityFit, type DecileRow, type ScoreBin, type ThresholdMetrics } from './metrics';
import type { FinishedTotals, MatchCache } from './score-table';
import { evidenceFromCounts, type CriterionEvidence } from './suggest';
import { spanMonths, type LeadTable } from './table';
import { compareWithToday, rankTodayScore, type TodayComparison, type TodayRanking } from './today-score';

export interface BacktestOptions {
  /** Threshold to judge at; the model's own threshold when left out. */
  threshold?: number;
  /** Sales capacity from the goals step; no capacity answer without it. */
  goals?: Pick<Goals, 'reps' | 'mqlCapacityPerRepPerMonth'> | null;
  /** Months the leads cover when the file has no created dates (default 12). */
  months?: number;
  /** The agreement's locale: how the leads write numbers, for "between" criteria (default en-US; see read-cell.ts). */
  locale?: string;
}

/** Everything the panel and the CLI show: small and plain, so it crosses a worker boundary cheaply. */
export interface BacktestResult {
  metrics: ThresholdMetrics;
  deciles: DecileRow[];
  distribution: ScoreBin[];
  capacity: CapacityFit | null;
  /** Where the months came from: the created dates, or the assumption. */
  monthsSource: 'dates' | 'assumed';
  criteria: CriterionEvidence[];
  minScore: number;
  maxScore: number;
  /** The workshop model against the CRM's score today, at the same MQL volume; null when no column is mapped as today's score (or none of it reads). */
  comparison: TodayComparison | null;
  /** Why there is no comparison although a column is mapped as today's score; null otherwise. */
  comparisonProblem: string | null;
  /** Leads, wins and win rate by fit grade × engagement band (matrix.ts has the cut points). */
  matrix: FitEngagementMatrix;
}

export const DEFAULT_MONTHS = 12;

interface ScoredFigures {
  key: string;
  index: ThresholdIndex;
  deciles: DecileRow[];
  distribution: ScoreBin[];
}

/** Figures that depend on the totals only, kept per cache so a threshold or capacity change re-scores nothing. */
const figuresByCache = new WeakMap<MatchCache, ScoredFigures>();
const monthsByTable = new WeakMap<LeadTable, number | null>();
/** Today's score read once per table and locale: it does not depend on the model. */
const rankingByTable = new WeakMap<LeadTable, { locale: string | undefined; ranking: TodayRanking | null }>();
/** The matrix and the comparison, kept while the totals (and the model's category maxima, the threshold) stay the same. */
const extrasByCache = new WeakMap<MatchCache, { matrixKey: string; matrix: FitEngagementMatrix; comparisonKey: string; comparison: TodayComparison | null }>();

function figuresFor(cache: MatchCache, finished: FinishedTotals): ScoredFigures {
  const known = figuresByCache.get(cache);
  if (known?.key === finished.key) return known;
  const won = cache.table.won;
  const figures = {
    key: finished.key,
    index: new ThresholdIndex(finished.totals, finished.disqualified, won),
    deciles: winRateByDecile(finished.totals, won),
    distribution: scoreDistribution(finished.totals, won),
  };
  figuresByCache.set(cache, figures);
  return figures;
}

function rankingOf(table: LeadTable, locale: string | undefined): TodayRanking | null {
  const known = rankingByTable.get(table);
  if (known && known.locale === locale) return known.ranking;
  const ranking = table.crmScore ? rankTodayScore(table.crmScore, table.won, locale) : null;
  rankingByTable.set(table, { locale, ranking });
  return ranking;
}

function comparisonProblemOf(table: LeadTable): string | null {
  if (!table.crmScore) return null;
  return `The column “${table.crmScore.column}” is mapped as today’s CRM score, but none of its values reads as a score (a number), a grade (A+ … F) or a rating (Hot, Warm, Cold).`;
}

function monthsOf(table: LeadTable): number | null {
  if (!monthsByTable.has(table)) monthsByTable.set(table, spanMonths(table));
  return monthsByTable.get(table)!;
}

/**
 * Scores the cached table with the model and computes every backtest figure. Called again with
 * the next model, it only redoes what changed (see MatchCache): a drag loops over the rows of
 * the one or two columns whose points moved, then once to total them.
 */
export function runBacktest(model: ScoringModel, cache: MatchCache, options: BacktestOptions = {}): BacktestResult {
  const { table } = cache;
  const threshold = options.threshold ?? model.settings.mqlThreshold;
  cache.update(model.criteria, Boolean(model.settings.decay?.enabled), options.locale);
  const finished = cache.totals(model.settings);
  const { index, deciles, distribution } = figuresFor(cache, finished);
  const metrics = index.at(threshold);
  const ranking = rankingOf(table, options.locale);
  const max = maxAchievableByCategory(model);
  const matrixKey = `${finished.key}|${max.Fit}|${max.Engagement}`;
  const comparisonKey = `${finished.key}|${threshold}|${options.locale}`;
  let extras = extrasByCache.get(cache);
  if (!extras || extras.matrixKey !== matrixKey) extras = { matrixKey, matrix: fitEngagementMatrix(model, cache), comparisonKey: '', comparison: null };
  if (extras.comparisonKey !== comparisonKey) {
    extras.comparisonKey = comparisonKey;
    extras.comparison = ranking && table.crmScore ? compareWithToday(ranking, table.crmScore.codes, table.won, finished.totals, finished.disqualified, threshold) : null;
  }
  extrasByCache.set(cache, extras);
  const dated = monthsOf(table);
  const months = dated ?? options.months ?? DEFAULT_MONTHS;
  const capacity = options.goals ? thresholdForCapacity(index, threshold, options.goals.reps * options.goals.mqlCapacityPerRepPerMonth, months) : null;
  const points = pointsByCriterion(model.criteria);
  return {
    metrics,
    deciles,
    distribution,
    capacity,
    monthsSource: dated === null ? 'assumed' : 'dates',
    criteria: model.criteria.map((c) => {
      const { matched, wonMatched } = cache.evidence(c.condition);
      return evidenceFromCounts(c, points.get(c.id) ?? 0, matched, wonMatched, metrics.baseRate);
    }),
    minScore: index.min,
    maxScore: index.max,
    comparison: extras.comparison,
    comparisonProblem: ranking ? null : comparisonProblemOf(table),
    matrix: extras.matrix,
  };
}
