/**
 * Scenario 6 — memory: the renderer's JS heap with the full library and the 1,000,000-row backtest
 * loaded (after the backtest scenario, same page). The page heap and every worker's heap (the
 * leads live in the backtest worker) are read after a forced GC, typed-array stores included.
 */
import type { Page } from 'playwright-core';
import { pageHeap, workerHeaps, type HeapFigures } from '../lib/heap';
import { type ScenarioResult } from '../lib/result';
import { median, round } from '../lib/stats';

const LIMIT_MB = 300;
const MB = 1024 * 1024;
const total = (h: HeapFigures) => (h.usedBytes + h.backingStoreBytes) / MB;

export async function memory(page: Page, stored: number, backtestRows: number | null, samples = 3): Promise<ScenarioResult> {
  const pageMb: number[] = [];
  for (let i = 0; i < samples; i += 1) pageMb.push(total(await pageHeap(page)));
  const workers = await workerHeaps(page);
  const workerMb = workers.reduce((sum, w) => sum + total(w), 0);
  const all = median(pageMb) + workerMb;
  return {
    name: `memory: JS heap, ${stored.toLocaleString('en-US')} agreements + ${(backtestRows ?? 1_000_000).toLocaleString('en-US')}-row backtest`,
    median_ms: null,
    baseline_median_ms: null,
    ratio: null,
    target: `< ${LIMIT_MB} MB`,
    met: backtestRows !== null && all < LIMIT_MB,
    runs: [],
    baseline_runs: [],
    spread: null,
    extra: { heap_total_mb: round(all, 1), page_heap_mb: round(median(pageMb), 1), worker_heap_mb: round(workerMb, 1), workers: workers.length },
    note:
      `CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage (used + typed-array backing stores): page ${median(pageMb).toFixed(1)} MB (median of ${samples}) + ${workers.length} worker(s) ${workerMb.toFixed(1)} MB = ${all.toFixed(1)} MB. median_ms is empty: this scenario is in MB (extra).` +
      (backtestRows !== null ? '' : ' The backtest could not be loaded, so this is not the target’s situation and is not met.'),
  };
}
