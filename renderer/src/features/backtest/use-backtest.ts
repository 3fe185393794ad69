import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { ScoringModel } from '../../../../shared/model/scoring';
import type { BacktestMapping, BacktestOptions, BacktestResult } from '../../../../shared/rules/backtest';
import type { BacktestRequest, BacktestResponse, TableSummary } from '../../workers/backtest-protocol';

export type ImportPhase = { phase: 'idle' } | { phase: 'parsing'; fraction: number; rows: number } | { phase: 'cancelling' } | { phase: 'cancelled' } | { phase: 'error'; message: string };

export interface BacktestState {
  /** undefined while the worker looks in IndexedDB; null when the workshop has no leads yet. */
  summary: TableSummary | null | undefined;
  importPhase: ImportPhase;
  result: BacktestResult | null;
  /** How long the last re-score took in the worker, in ms. */
  scoreMs: number | null;
  startImport(file: File, headers: string[], mapping: BacktestMapping): void;
  cancelImport(): void;
  forget(): void;
}

function createWorker(): Worker {
  return new Worker(new URL('../../workers/backtest.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Talks to the backtest worker of one workshop: loads the stored leads, imports a CSV, and
 * re-scores whenever the model or the options change. Scoring never runs on this thread.
 */
export function useBacktest(workshopId: string, model: ScoringModel, options: BacktestOptions): BacktestState {
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);
  const [summary, setSummary] = useState<TableSummary | null | undefined>(undefined);
  const [importPhase, setImportPhase] = useState<ImportPhase>({ phase: 'idle' });
  const [result, setResult] = useState<BacktestResult | null>(null);
  const [scoreMs, setScoreMs] = useState<number | null>(null);
  const latest = useRef({ model, options });
  latest.current = { model, options };
  /** What the import already asked the worker to score, so the arrival of its summary does not ask again. */
  const scoredWithImport = useRef<{ model: ScoringModel; optionsKey: string } | null>(null);

  useEffect(() => {
    // Without workers the backtest would block the page, so it stays off rather than freezing it.
    if (typeof Worker === 'undefined') {
      setSummary(null);
      setImportPhase({ phase: 'error', message: 'This window cannot run background work, so the backtest is unavailable here.' });
      return;
    }
    const w = createWorker();
    worker.current = w;
    w.onmessage = (event: MessageEvent<BacktestResponse>) => {
      const message = event.data;
      switch (message.type) {
        case 'progress':
          return setImportPhase((p) => (p.phase === 'cancelling' ? p : { phase: 'parsing', fraction: message.fraction, rows: message.rows }));
        case 'parsed':
          setImportPhase({ phase: 'idle' });
          return setSummary(message.summary);
        case 'cancelled':
          scoredWithImport.current = null;
          return setImportPhase({ phase: 'cancelled' });
        case 'loaded':
          return setSummary(message.summary);
        case 'forgotten':
          setResult(null);
          return setSummary(null);
        case 'scored':
          // Answers to older models are dropped: the newest one is on its way.
          if (message.seq !== seq.current) return;
          // A transition: React renders the new figures in slices between frames, so a result
          // arriving mid-drag never blocks the board.
          return startTransition(() => {
            setResult(message.result);
            setScoreMs(message.ms);
          });
        case 'error':
          scoredWithImport.current = null;
          return setImportPhase({ phase: 'error', message: message.message });
      }
    };
    w.onerror = (event) => setImportPhase({ phase: 'error', message: event.message || 'The backtest worker stopped unexpectedly.' });
    const load: BacktestRequest = { type: 'load', workshopId };
    w.postMessage(load);
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, [workshopId]);

  const optionsKey = JSON.stringify(options);
  useEffect(() => {
    if (!summary || !worker.current) return;
    const already = scoredWithImport.current;
    scoredWithImport.current = null;
    if (already && already.model === model && already.optionsKey === optionsKey) return;
    seq.current += 1;
    const request: BacktestRequest = { type: 'score', seq: seq.current, model, options: JSON.parse(optionsKey) as BacktestOptions };
    worker.current.postMessage(request);
  }, [summary, model, optionsKey]);

  const startImport = useCallback(
    (file: File, headers: string[], mapping: BacktestMapping) => {
      setImportPhase({ phase: 'parsing', fraction: 0, rows: 0 });
      seq.current += 1;
      const { model: current, options: currentOptions } = latest.current;
      scoredWithImport.current = { model: current, optionsKey: JSON.stringify(currentOptions) };
      const request: BacktestRequest = { type: 'parse', workshopId, file, headers, mapping, score: { seq: seq.current, model: current, options: currentOptions } };
      worker.current?.postMessage(request);
    },
    [workshopId],
  );
  const cancelImport = useCallback(() => {
    setImportPhase({ phase: 'cancelling' });
    worker.current?.postMessage({ type: 'cancel' } satisfies BacktestRequest);
  }, []);
  const forget = useCallback(() => worker.current?.postMessage({ type: 'forget', workshopId } satisfies BacktestRequest), [workshopId]);

  return { summary, importPhase, result, scoreMs, startImport, cancelImport, forget };
}
