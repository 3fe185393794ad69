/**
 * npm run bench — every scenario after a warm-up, several runs each, in Debian Chromium through
 * the web harness (and in Node for the services), each against a baseline measured in the same
 * run, so the figures are ratios that hold on a noisy machine. Writes bench/results.json.
 *
 * Options: --runs N (5) --warmup N (1) --port P (5399; the baseline page uses P-1)
 *          --agreements N (10000) --parse-runs N (2: imports of the 1,000,000-row CSV)
 *          --no-build (serve the current out/ build) --only startup,drag,export,room,library,backup,backtest,memory
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { firstPage, openProfile, type Profile } from './lib/browser';
import { notMeasured, printTable, type ScenarioResult } from './lib/result';
import { importThroughUi, writeBoardFile, writeLibraryFiles } from './lib/seed';
import { assertPortFree, BASELINE_OUT, BENCH_DIR, buildApp, buildBaseline, serveStatic, startHarness, type Harness } from './lib/servers';
import { join } from 'node:path';
import { installBacktestProbe } from './lib/backtest-probe';
import { writeLeadsCsv } from './data/leads-csv';
import { BACKTEST_ROWS, backtest } from './scenarios/backtest';
import { drag } from './scenarios/drag';
import { exportPdf } from './scenarios/export';
import { library } from './scenarios/library';
import { backup } from './scenarios/backup';
import { memory } from './scenarios/memory';
import { roomLatency } from './scenarios/room';
import { READY, startupEmpty, startupFull } from './scenarios/startup';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const runs = Number(option('runs', '5'));
const warmup = Number(option('warmup', '1'));
const port = Number(option('port', '5399'));
const stored = Number(option('agreements', '10000'));
const parseRuns = Number(option('parse-runs', '2'));
const only = new Set(option('only', 'startup,drag,export,room,library,backup,memory,backtest').split(','));
const began = performance.now();
const log = (message: string) => console.log(`[bench ${((performance.now() - began) / 1000).toFixed(0).padStart(3)} s] ${message}`);

/** Runs one scenario; a failure becomes a not-met line with the reason instead of ending the run. */
async function guarded(names: string[], target: string, work: () => Promise<ScenarioResult[]>): Promise<ScenarioResult[]> {
  try {
    return await work();
  } catch (error) {
    console.error(error);
    return names.map((n) => notMeasured(n, target, `Failed to run: ${(error as Error).message.split('\n')[0]}`));
  }
}

const BOARD_SIZES = [10, 200];
const results: ScenarioResult[] = [];
const open: { profiles: Profile[]; harness: Harness | null; baseline: Server | null } = { profiles: [], harness: null, baseline: null };
const profile = async (name: string) => {
  const p = await openProfile(name);
  open.profiles.push(p);
  return p;
};

try {
  if (only.has('export')) {
    log('export (Node)…');
    results.push(...(await guarded(['export: sealed PDF'], '< 1000 ms', () => exportPdf(runs, warmup))));
  }

  if (only.has('room')) {
    log('room (Node, 60 phones)…');
    results.push(...(await guarded(['room: projector update, p95 of 60 phones'], '≤ 5× bare ws round trip, < 50 ms', () => roomLatency(runs, warmup))));
  }

  const browserScenarios = ['startup', 'drag', 'library', 'backup', 'backtest', 'memory'].some((s) => only.has(s));
  if (browserScenarios) {
    await assertPortFree(port);
    await assertPortFree(port - 1);
    log(process.argv.includes('--no-build') ? 'copying the current renderer build (under the e2e lock)…' : 'building the app (under the e2e lock)…');
    buildApp(process.argv.includes('--no-build'));
    log('building the baseline page…');
    await buildBaseline();
    open.harness = await startHarness(port, randomBytes(16).toString('hex'));
    open.baseline = await serveStatic(BASELINE_OUT, port - 1);
    const appUrl = open.harness.url;
    const baselineUrl = `http://127.0.0.1:${port - 1}/`;
    const baseline = (await profile('baseline')).context;
    // A launch takes ~0.1 s and the baseline itself moves by ±15 % between launches: three times the runs steady the medians.
    const startup = { appUrl, baselineUrl, baseline, runs: runs * 3, warmup };

    if (only.has('startup')) {
      log('start-up, empty library…');
      const empty = await profile('empty');
      results.push(...(await guarded(['start-up, empty library'], '≤ 1.5× baseline', async () => [await startupEmpty(startup, empty.context)])));
      await empty.close();
    }

    if (only.has('drag')) {
      log('drag (10 and 200 criteria)…');
      const boards = await profile('boards');
      results.push(
        ...(await guarded(['drag: p95 frame, 200 criteria', 'drag: drop → updated preview, 200 criteria'], 'see spec', async () => {
          const page = await firstPage(boards.context);
          await page.goto(appUrl);
          await page.locator(READY.empty).waitFor();
          await importThroughUi(page, [writeBoardFile(BOARD_SIZES)], BOARD_SIZES.length);
          return drag(page, appUrl, runs, warmup);
        })),
      );
      await boards.close();
    }

    if (['startup', 'library', 'backup', 'backtest', 'memory'].some((x) => only.has(x))) {
      log(`seeding ${stored.toLocaleString('en-US')} agreements through Import library…`);
      const full = await profile('full');
      const page = await firstPage(full.context);
      await page.goto(appUrl);
      await page.locator(READY.empty).waitFor();
      const seedMs = await importThroughUi(page, writeLibraryFiles(stored), stored);
      log(`seeded in ${(seedMs / 1000).toFixed(1)} s`);
      if (only.has('startup')) {
        log('start-up, full library…');
        results.push(...(await guarded([`start-up, ${stored} agreements`], '≤ 2× baseline', async () => [await startupFull(startup, full.context, stored)])));
      }
      // From here on the page also reports worker results and long tasks (see lib/backtest-probe).
      await full.context.addInitScript(installBacktestProbe);
      await page.reload();
      await page.locator(READY.library).first().waitFor();
      if (only.has('library')) {
        log('library search and filter…');
        results.push(...(await guarded([`library: search + status filter, ${stored}`], '≤ 50 ms', () => library(page, runs, warmup, stored))));
      }
      if (only.has('backup')) {
        log('backup of the whole library…');
        const names = [`backup: back up now, ${stored} agreements`, 'backup: longest main-thread task while backing up', `backup: longest main-thread task while restoring ${stored} agreements`];
        results.push(...(await guarded(names, 'see spec', () => backup(page, Math.min(runs, 3), warmup, stored))));
      }
      let backtestRows: number | null = null;
      if (only.has('backtest') || only.has('memory')) {
        log(`backtest: writing ${BACKTEST_ROWS.toLocaleString('en-US')} CSV rows, importing the 200-criteria board…`);
        const csv = join(BENCH_DIR, 'files', `leads-${BACKTEST_ROWS}.csv`);
        await writeLeadsCsv(csv, BACKTEST_ROWS);
        await page.goto(appUrl);
        await page.locator(READY.library).first().waitFor();
        await importThroughUi(page, [writeBoardFile(BOARD_SIZES)], BOARD_SIZES.length, stored);
        log('backtest: import, re-score, long tasks…');
        const names = [`backtest: parse + backtest ${BACKTEST_ROWS} rows`, 'backtest: re-score after a drag', 'backtest: longest main-thread task'];
        const measured = await guarded(names, 'see spec', () => backtest(page, appUrl, csv, runs, warmup, parseRuns));
        backtestRows = measured[0]?.median_ms !== null ? BACKTEST_ROWS : null;
        results.push(...measured);
      }
      if (only.has('memory')) {
        log('memory…');
        results.push(...(await guarded([`memory: JS heap, ${stored} agreements`], '< 300 MB', async () => [await memory(page, stored, backtestRows)])));
      }
    }
  }
} finally {
  for (const p of open.profiles) await p.close().catch(() => undefined);
  open.harness?.stop();
  open.baseline?.close();
}

const report = {
  generatedAt: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version, platform: process.platform },
  settings: { runs, warmup, agreements: stored, backtestRows: BACKTEST_ROWS, parseRuns },
  durationSeconds: Math.round((performance.now() - began) / 1000),
  scenarios: results,
};
writeFileSync('bench/results.json', `${JSON.stringify(report, null, 2)}\n`);
log('wrote bench/results.json');
printTable(results);
