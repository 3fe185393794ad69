import { median, round, spread } from './stats';

/** One line of bench/results.json. */
export interface ScenarioResult {
  name: string;
  /** Median of the measured runs; null when the feature could not be measured. */
  median_ms: number | null;
  baseline_median_ms: number | null;
  ratio: number | null;
  /** The target in words, e.g. "≤ 1.5× baseline" or "< 1000 ms". */
  target: string;
  met: boolean;
  runs: number[];
  baseline_runs: number[];
  spread: { min: number | null; max: number | null; iqr: number | null; relativeIqr: number | null } | null;
  /** Where it ran and anything a reader must know to trust the figure. */
  note?: string;
  /** Extra figures measured alongside (e.g. p95 frame time, heap MB). */
  extra?: Record<string, number | string | null>;
}

export type Check = (figures: { median: number; baseline: number | null; ratio: number | null }) => boolean;

export function resultOf(input: {
  name: string;
  runs: number[];
  baselineRuns?: number[];
  target: string;
  check: Check;
  note?: string;
  extra?: Record<string, number | string | null>;
}): ScenarioResult {
  const m = median(input.runs);
  const b = input.baselineRuns && input.baselineRuns.length ? median(input.baselineRuns) : null;
  const ratio = b !== null && b > 0 ? m / b : null;
  const s = spread(input.runs);
  return {
    name: input.name,
    median_ms: round(m),
    baseline_median_ms: b === null ? null : round(b),
    ratio: ratio === null ? null : round(ratio, 3),
    target: input.target,
    met: Number.isFinite(m) && input.check({ median: m, baseline: b, ratio }),
    runs: input.runs.map((r) => round(r) ?? Number.NaN),
    baseline_runs: (input.baselineRuns ?? []).map((r) => round(r) ?? Number.NaN),
    spread: { min: round(s.min), max: round(s.max), iqr: round(s.iqr), relativeIqr: round(s.relativeIqr, 3) },
    note: input.note,
    extra: input.extra,
  };
}

/** A scenario whose feature has not landed, or that failed to run: reported, never silently dropped. */
export function notMeasured(name: string, target: string, note: string): ScenarioResult {
  return { name, median_ms: null, baseline_median_ms: null, ratio: null, target, met: false, runs: [], baseline_runs: [], spread: null, note };
}

const cell = (v: number | null | undefined, digits = 1) => (v === null || v === undefined ? '—' : v.toFixed(digits));

export function printTable(results: readonly ScenarioResult[]): void {
  const rows = results.map((r) => ({
    scenario: r.name,
    'median ms': cell(r.median_ms),
    'baseline ms': cell(r.baseline_median_ms),
    ratio: r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
    'IQR %': r.spread?.relativeIqr == null ? '—' : (r.spread.relativeIqr * 100).toFixed(0),
    target: r.target,
    met: r.met ? 'yes' : 'NO',
  }));
  console.table(rows);
  for (const r of results) if (r.note) console.log(`- ${r.name}: ${r.note}`);
}
