import type { Goals } from '../../model/goals';
import { rateChangeEffect } from './funnel';
import { RATE_KEYS, RATE_LABELS, type RateKey } from './rates';

export interface RateStep {
  rateKey: RateKey;
  label: string;
  from: number;
  /** The rate after the step, or null when the step would leave the valid 0–100 % range. */
  to: number | null;
  /** Change in quarterly MQLs; null when the step is not possible. */
  deltaMqls: number | null;
  sentence: string | null;
}

export interface RateStepRow {
  rateKey: RateKey;
  label: string;
  current: number;
  down: RateStep;
  up: RateStep;
}

/** One step of `points` percentage points; a step that leaves (0, 100] is reported as impossible, not clamped. */
function step(goals: Goals, rateKey: RateKey, points: number): RateStep {
  const from = goals.rates[rateKey];
  const to = Number((from + points).toFixed(4));
  const base = { rateKey, label: RATE_LABELS[rateKey], from };
  if (!(to > 0) || to > 100) return { ...base, to: null, deltaMqls: null, sentence: null };
  const effect = rateChangeEffect(goals, rateKey, to);
  return { ...base, to, deltaMqls: effect.deltaMqls, sentence: effect.sentence };
}

/** "What each rate change does": the MQLs saved or added by moving each rate down and up by `points`. */
export function rateStepTable(goals: Goals, points = 5): RateStepRow[] {
  return RATE_KEYS.map((rateKey) => ({
    rateKey,
    label: RATE_LABELS[rateKey],
    current: goals.rates[rateKey],
    down: step(goals, rateKey, -points),
    up: step(goals, rateKey, points),
  }));
}

/** Both sides of the incentive split in whole percent-hundredths, always summing to exactly 100. */
export function splitPercents(salesSharePercent: number): { sales: number; marketing: number } {
  const sales = Math.min(100, Math.max(0, Math.round(salesSharePercent * 100) / 100));
  return { sales, marketing: Math.round((100 - sales) * 100) / 100 };
}
