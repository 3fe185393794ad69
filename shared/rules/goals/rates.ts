import type { Goals } from '../../model/goals';

export type RateKey = keyof Goals['rates'];

export const RATE_KEYS: readonly RateKey[] = ['mqlToSal', 'salToSql', 'sqlToWon'];

export const RATE_LABELS: Record<RateKey, string> = {
  mqlToSal: 'MQL→SAL',
  salToSql: 'SAL→SQL',
  sqlToWon: 'SQL→won',
};

export interface RateHint {
  label: string;
  /** Where teams usually start, in percent. */
  defaultRate: number;
  min: number;
  max: number;
  /** Shown next to the input, e.g. "Typical: 40–60 %". */
  text: string;
}

const hint = (key: RateKey, defaultRate: number, min: number, max: number): RateHint => ({
  label: RATE_LABELS[key],
  defaultRate,
  min,
  max,
  text: `Typical: ${min}–${max} %`,
});

/** Typical B2B starting ranges (PRODUCT.md step 5); a team's own history beats them. */
export const RATE_HINTS: Record<RateKey, RateHint> = {
  mqlToSal: hint('mqlToSal', 50, 40, 60),
  salToSql: hint('salToSql', 60, 50, 70),
  sqlToWon: hint('sqlToWon', 25, 20, 30),
};

/** "50 %", "27.5 %": the figure as typed, with at most two decimals. */
export function formatPercent(value: number): string {
  return `${Number(value.toFixed(2))} %`;
}

/** A gentle warning when a rate sits outside its typical range; null when it looks ordinary. */
export function rateHint(rateKey: RateKey, value: number): string | null {
  const h = RATE_HINTS[rateKey];
  if (value >= h.min && value <= h.max) return null;
  const side = value < h.min ? 'below' : 'above';
  return `${h.label} of ${formatPercent(value)} is ${side} the typical ${h.min}–${h.max} %. Check it against last quarter's numbers before committing to it.`;
}

/**
 * a ÷ b rounded up, tolerant of float noise: 160 × 100 ÷ 60 must give 267, and 40 × 100 ÷ 25
 * exactly 160 even when the division lands a hair above the integer.
 */
export function ceilRatio(numerator: number, denominator: number): number {
  if (!(denominator > 0) || !Number.isFinite(numerator)) return 0;
  const exact = numerator / denominator;
  const nearest = Math.round(exact);
  // Snap only within a few units in the last place: genuine fractions (even 0.001 of a lead) round up.
  if (Math.abs(exact - nearest) <= Math.max(1e-9, Math.abs(exact) * 8 * Number.EPSILON)) return nearest;
  return Math.ceil(exact);
}
