/// <reference lib="webworker" />
import { MatchCache, runBacktest } from '../../../shared/rules/backtest';
import { deleteBacktestTable, getBacktestTable, saveBacktestTable, type BacktestTableRow } from '../db/repositories/backtest';
import type { BacktestRequest, BacktestResponse, ScoreRequest, TableSummary } from './backtest-protocol';
import { parseLeadsFile } from './parse-leads';

/**
 * The backtest worker: parses the CSV, keeps the columnar leads in memory (and in IndexedDB),
 * and scores them whenever the panel sends a model. The page's main thread never touches rows.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const send = (message: BacktestResponse) => scope.postMessage(message);

let current: { summary: TableSummary; cache: MatchCache } | null = null;
let cancelRequested = false;
let pendingScore: ScoreRequest | null = null;
let scoreScheduled = false;

const summaryOf = (row: Omit<BacktestTableRow, 'table'> & { table: { rowCount: number } }): TableSummary => ({
  workshopId: row.workshopId,
  fileName: row.fileName,
  importedAt: row.importedAt,
  rowsRead: row.rowsRead,
  rowCount: row.table.rowCount,
  rejectedCount: row.rejectedCount,
  rejected: row.rejected,
  parseMs: row.parseMs,
});

async function parse(request: Extract<BacktestRequest, { type: 'parse' }>) {
  cancelRequested = false;
  const started = performance.now();
  let lastProgress = 0;
  const outcome = await parseLeadsFile(
    request.file,
    request.headers,
    request.mapping,
    {
      isCancelled: () => cancelRequested,
      // At most ten progress messages a second: each one re-renders the progress bar on the page.
      onProgress: (fraction, rows) => {
        const now = performance.now();
        if (now - lastProgress < 100) return;
        send({ type: 'progress', fraction, rows });
        lastProgress = now;
      },
    },
    // The same lead reader as `cli backtest`, in the agreement's locale (the panel's scoring options carry it).
    { locale: request.score.options.locale },
  );
  if (outcome.cancelled) return send({ type: 'cancelled' });
  const row: BacktestTableRow = {
    workshopId: request.workshopId,
    fileName: request.file.name,
    importedAt: new Date().toISOString(),
    rowsRead: outcome.builder.rowsRead,
    rejectedCount: outcome.builder.rejectedCount,
    rejected: outcome.builder.rejected,
    parseMs: Math.round(performance.now() - started),
    table: outcome.table,
  };
  current = { summary: summaryOf(row), cache: new MatchCache(outcome.table) };
  send({ type: 'parsed', summary: current.summary });
  try {
    // The first backtest goes with the import, so the figures do not wait for another round trip.
    score(request.score);
  } finally {
    // Stored after answering, so the panel shows the figures while IndexedDB writes; stored even
    // when that first scoring fails, since the page was already told the leads are parsed.
    await saveBacktestTable(row);
  }
}

async function load(workshopId: string) {
  if (current?.summary.workshopId === workshopId) return send({ type: 'loaded', summary: current.summary });
  const row = await getBacktestTable(workshopId);
  current = row ? { summary: summaryOf(row), cache: new MatchCache(row.table) } : null;
  send({ type: 'loaded', summary: current?.summary ?? null });
}

function score(request: ScoreRequest) {
  if (!current) return;
  const started = performance.now();
  const result = runBacktest(request.model, current.cache, request.options);
  send({ type: 'scored', seq: request.seq, result, ms: Math.round(performance.now() - started) });
}

/** Only the newest model is scored: a burst of drags costs one pass, not one per message. */
function runPendingScore() {
  scoreScheduled = false;
  const request = pendingScore;
  pendingScore = null;
  if (request) score(request);
}

scope.addEventListener('message', (event: MessageEvent<BacktestRequest>) => {
  const request = event.data;
  const fail = (error: unknown) => send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  switch (request.type) {
    case 'parse':
      return void parse(request).catch(fail);
    case 'cancel':
      cancelRequested = true;
      return;
    case 'load':
      return void load(request.workshopId).catch(fail);
    case 'forget':
      current = null;
      return void deleteBacktestTable(request.workshopId)
        .then(() => send({ type: 'forgotten' }))
        .catch(fail);
    case 'score':
      pendingScore = request;
      if (!scoreScheduled) {
        scoreScheduled = true;
        setTimeout(() => {
          try {
            runPendingScore();
          } catch (error) {
            fail(error);
          }
        }, 0);
      }
      return;
  }
});
