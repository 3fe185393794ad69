import type { Goals } from '../../model/goals';
import type { ScoringModel } from '../../model/scoring';
import { pointsByCriterion } from '../scoring/tier-points';
import { ThresholdIndex, scoreDistribution, thresholdForCapacity, winRateByDecile, type CapacityFit, type DecileRow, type ScoreBin, type ThresholdMetrics } from './metrics';
import type { FinishedTotals, MatchCache } from './score-table';
import { evidenceFromCounts, type CriterionEvidence } from './suggest';
import { spanMonths, type LeadTable } from './table';

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
  const { index, deciles, distribution } = figuresFor(cache, cache.totals(model.settings));
  const metrics = index.at(threshold);
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
  };
}
