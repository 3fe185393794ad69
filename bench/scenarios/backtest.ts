/**
 * Scenario 5 — backtest (1,000,000 CSV rows parsed and backtested vs papaparse's bare parse;
 * re-score after a drag on cached rows; no main-thread task over 50 ms). The backtest code
 * (shared/rules/backtest, renderer/src/workers) had not landed when this bench was written, so
 * the scenario reports itself as not measured instead of timing something else.
 */
import { existsSync } from 'node:fs';
import { notMeasured, type ScenarioResult } from '../lib/result';

export function backtestLanded(): boolean {
  return existsSync('shared/rules/backtest') || existsSync('renderer/src/workers');
}

export function backtest(): ScenarioResult[] {
  const why = backtestLanded()
    ? 'Backtest code appeared after this bench was written; its scenario still has to be wired here (bench/scenarios/backtest.ts).'
    : 'Not measured: the backtest feature (shared/rules/backtest, renderer/src/workers) has not landed yet.';
  return [
    notMeasured('backtest: parse + backtest 1,000,000 rows', '≤ 2× papaparse bare parse', why),
    notMeasured('backtest: re-score after a drag (cached rows)', '< 500 ms', why),
    notMeasured('backtest: longest main-thread task', '≤ 50 ms', why),
  ];
}
