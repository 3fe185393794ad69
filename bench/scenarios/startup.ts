/**
 * Scenario 1 — start-up: from navigation to an interactive library, timed inside the page
 * (navigation start → the first usable control exists), against the minimal React baseline.
 */
import type { BrowserContext } from 'playwright-core';
import { timeToReady } from '../lib/browser';
import { resultOf, type ScenarioResult } from '../lib/result';

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

export async function startupEmpty(input: StartupInput, app: BrowserContext): Promise<ScenarioResult> {
  const { appRuns, baseRuns } = await alternate(input, app, READY.empty);
  return resultOf({
    name: 'start-up, empty library',
    runs: appRuns,
    baselineRuns: baseRuns,
    target: '≤ 1.5× baseline',
    check: ({ ratio }) => ratio !== null && ratio <= 1.5,
    note: 'Chromium via the web harness; navigation start → first-run screen’s main button exists (measured in the page). Baseline: minimal React page, same toolchain, same no-store caching.',
  });
}

export async function startupFull(input: StartupInput, app: BrowserContext, stored: number): Promise<ScenarioResult> {
  const { appRuns, baseRuns } = await alternate(input, app, READY.library);
  return resultOf({
    name: `start-up, ${stored.toLocaleString('en-US')} agreements`,
    runs: appRuns,
    baselineRuns: baseRuns,
    target: '≤ 2× baseline',
    check: ({ ratio }) => ratio !== null && ratio <= 2,
    note: 'Navigation start → first page of library rows exists (IndexedDB opened, count and first page read).',
  });
}
