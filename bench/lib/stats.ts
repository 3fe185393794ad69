/** Summary statistics for a handful of timed runs. Median and spread, never the mean: one stall must not move the figure. */

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/** Spread as the interquartile range relative to the median, so noisy runs show at a glance. */
export function spread(values: readonly number[]): { min: number; max: number; iqr: number; relativeIqr: number } {
  const m = median(values);
  const iqr = quantile(values, 0.75) - quantile(values, 0.25);
  return { min: Math.min(...values), max: Math.max(...values), iqr, relativeIqr: m > 0 ? iqr / m : 0 };
}

export const round = (n: number, digits = 2) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : null);

/** Times an async function once, in milliseconds. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}
