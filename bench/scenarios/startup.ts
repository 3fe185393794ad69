/**
 * Scenario 1 — start-up: from navigation to an interactive library, timed inside the page
 * (navigation start → the first usable control exists), against the minimal React baseline.
 */
import type { BrowserContext } from 'playwright-core';
import { timeToReady } from '../lib/browser';
import { resultOf, type ScenarioResult } from '../lib/result';
import { median } from '../lib/stats';

export const READY = {
  baseline: 'button[data-ready]',
  /** The first-run screen's main action. */
  empty: '.empty-state button.btn-primary',
  /** A filled library is usable once its first page of rows is on screen. */
  library: '[data-testid="library-row"]',
};

export interface StartupInput {
  appUrl: string;
  baselineUrl: string;
  baseline: BrowserContext;
  runs: number;
  warmup: number;
}

/** Alternates app and baseline run by run, so a slow moment of the machine hits both alike. */
async function alternate(input: StartupInput, app: BrowserContext, selector: string) {
  const appRuns: number[] = [];
  const baseRuns: number[] = [];
  for (let i = 0; i < input.warmup + input.runs; i += 1) {
    const a = await timeToReady(app, input.appUrl, selector);
    const b = await timeToReady(input.baseline, input.baselineUrl, READY.baseline);
    if (i >= input.warmup) {
      appRuns.push(a);
      baseRuns.push(b);
    }
  }
  return { appRuns, baseRuns };
}

/**
 * The same launch with localStorage cleared first, so the library cannot paint the page it
 * remembered and waits for IndexedDB: what the very first launch of a profile costs. Reported
 * beside the scenario (extra), against the baseline runs of the same scenario.
 */
async function withoutRemembered(input: StartupInput, app: BrowserContext, selector: string, baseRuns: number[]) {
  const runs: number[] = [];
  for (let i = 0; i < input.runs; i += 1) runs.push(await timeToReady(app, input.appUrl, selector, { forgetRemembered: true }));
  const ms = median(runs);
  return { nothing_remembered_median_ms: Math.round(ms * 10) / 10, nothing_remembered_ratio: Math.round((ms / median(baseRuns)) * 100) / 100 };
}

export async function startupEmpty(input: StartupInput, app: BrowserContext): Promise<ScenarioResult> {
  const { appRuns, baseRuns } = await alternate(input, app, READY.empty);
  const extra = await withoutRemembered(input, app, READY.empty, baseRuns);
  return resultOf({
    name: 'start-up, empty library',
    runs: appRuns,
    baselineRuns: baseRuns,
    target: '≤ 1.5× baseline',
    check: ({ ratio }) => ratio !== null && ratio <= 1.5,
    note: `Chromium via the web harness; navigation start → first-run screen’s main button exists (measured in the page), painted from the page remembered at the last launch; the live read follows. Baseline: minimal React page, same toolchain, same no-store caching. With nothing remembered (a profile's very first launch): ${extra.nothing_remembered_median_ms} ms, ${extra.nothing_remembered_ratio}×.`,
    extra,
  });
}

export async function startupFull(input: StartupInput, app: BrowserContext, stored: number): Promise<ScenarioResult> {
  const { appRuns, baseRuns } = await alternate(input, app, READY.library);
  const extra = await withoutRemembered(input, app, READY.library, baseRuns);
  return resultOf({
    name: `start-up, ${stored.toLocaleString('en-US')} agreements`,
    runs: appRuns,
    baselineRuns: baseRuns,
    target: '≤ 2× baseline',
    check: ({ ratio }) => ratio !== null && ratio <= 2,
    note: `Navigation start → first page of library rows exists, painted from the page remembered at the last launch (IndexedDB opens and corrects it right after). With nothing remembered (first page read from IndexedDB first): ${extra.nothing_remembered_median_ms} ms, ${extra.nothing_remembered_ratio}×.`,
    extra,
  });
}
