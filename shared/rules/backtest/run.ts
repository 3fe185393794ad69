import type { Goals } from '../../model/goals';
import type { ScoringModel } from '../../model/scoring';
import { pointsByCriterion } from '../scoring/tier-points';
import { ThresholdIndex, scoreDistribution, thresholdForCapacity, winRateByDecile, type CapacityFit, type DecileRow, type ScoreBin, type ThresholdMetrics } from './metrics';
import { scoreTable, type MatchCache } from './score-table';
import { criterionEvidence, type CriterionEvidence } from './suggest';
import { spanMonths } from './table';

export interface BacktestOptions {
  /** Threshold to judge at; the model's own threshold when left out. */
  threshold?: number;
  /** Sales capacity from the goals step; no capacity answer without it. */
  goals?: Pick<Goals, 'reps' | 'mqlCapacityPerRepPerMonth'> | null;
  /** Months the leads cover when the file has no created dates (default 12). */
  months?: number;
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

/** Scores the cached table with the model and computes every backtest figure. */
export function runBacktest(model: ScoringModel, cache: MatchCache, options: BacktestOptions = {}): BacktestResult {
  const { table } = cache;
  cache.keepOnly(model.criteria);
  const threshold = options.threshold ?? model.settings.mqlThreshold;
  const scored = scoreTable({ ...model, settings: { ...model.settings, mqlThreshold: threshold } }, cache);
  const index = new ThresholdIndex(scored.totals, scored.disqualified, table.won);
  const metrics = index.at(threshold);
  const dated = spanMonths(table);
  const months = dated ?? options.months ?? DEFAULT_MONTHS;
  const capacity = options.goals ? thresholdForCapacity(index, threshold, options.goals.reps * options.goals.mqlCapacityPerRepPerMonth, months) : null;
  const points = pointsByCriterion(model.criteria);
  return {
    metrics,
    deciles: winRateByDecile(scored.totals, table.won),
    distribution: scoreDistribution(scored.totals, table.won),
    capacity,
    monthsSource: dated === null ? 'assumed' : 'dates',
    criteria: model.criteria.map((c) => criterionEvidence(c, points.get(c.id) ?? 0, cache.get(c.condition), table.won, metrics.baseRate)),
    minScore: index.min,
    maxScore: index.max,
  };
}
