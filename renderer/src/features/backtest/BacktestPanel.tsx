import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { applySuggestions, type BacktestOptions } from '../../../../shared/rules/backtest';
import { DEFAULT_LOCALE, readDecimal } from '../../../../shared/rules/numbers';
import { edit } from '../../stores/edit';
import { undo, useEditor } from '../../stores/editor';
import { notify } from '../../ui/toast';
import { DecileChart, DistributionChart } from './Charts';
import { ComparisonView } from './ComparisonView';
import { ImportWizard } from './ImportWizard';
import { MatrixTable } from './MatrixTable';
import { MetricsView } from './MetricsView';
import { SuggestionsTable } from './SuggestionsTable';
import { useBacktest } from './use-backtest';
import './backtest.css';

const nf = new Intl.NumberFormat('en-US');

/** A number input's value is the browser's machine form ("12", "12.5", "1e3"): read as a plain en-US decimal, clamped to 1–120 months. */
const monthsOf = (value: string) => Math.min(120, Math.max(1, Math.round(readDecimal(value, DEFAULT_LOCALE) ?? 1)));

/**
 * Beside the scoring board: what the current model would have done with last year's leads.
 * Reads the open version from the editor store and re-scores (in a worker) whenever the board,
 * the threshold or the sales capacity changes.
 */
export function BacktestPanel() {
  const workshopId = useEditor((s) => s.workshop?.id ?? null);
  const scoring = useEditor((s) => s.version?.content.scoring ?? null);
  if (!workshopId || !scoring) return null;
  return <BacktestPanelBody workshopId={workshopId} />;
}

function BacktestPanelBody({ workshopId }: { workshopId: string }) {
  const scoring = useEditor((s) => s.version!.content.scoring);
  const reps = useEditor((s) => s.version!.content.goals.reps);
  const locale = useEditor((s) => s.version!.content.locale);
  const perRep = useEditor((s) => s.version!.content.goals.mqlCapacityPerRepPerMonth);
  const [months, setMonths] = useState(12);
  const options = useMemo<BacktestOptions>(() => ({ goals: { reps, mqlCapacityPerRepPerMonth: perRep }, months }), [reps, perRep, months]);
  const backtest = useBacktest(workshopId, scoring, options);
  const [wizardOpen, setWizardOpen] = useState(false);
  const awaitingParse = useRef(false);
  const { summary, result } = backtest;

  useEffect(() => {
    if (!awaitingParse.current || !summary) return;
    awaitingParse.current = false;
    setWizardOpen(false);
    notify.success(`Imported ${nf.format(summary.rowCount)} leads in ${(summary.parseMs / 1000).toFixed(1)} s`);
  }, [summary]);

  // Stable, so the memoised suggestion rows do not all render again with every result.
  const apply = useCallback((suggestions: Map<string, number>) => {
    if (!edit('scoring', (scoring) => ({ ...scoring, criteria: applySuggestions(scoring.criteria, suggestions) })).ok) return;
    notify.undoable(suggestions.size === 1 ? 'Suggested points applied to 1 criterion' : `Suggested points applied to ${suggestions.size} criteria`, undo);
  }, []);

  return (
    <section className="card stack bt-panel" aria-labelledby="bt-title" data-testid="backtest-panel">
      <div className="row bt-head">
        <h2 id="bt-title">Backtest on last year’s leads</h2>
        <div className="row bt-head-actions">
          {summary && (
            <button type="button" className="btn btn-small btn-ghost" onClick={backtest.forget}>
              Remove leads
            </button>
          )}
          <button type="button" className="btn btn-small" onClick={() => setWizardOpen(true)}>
            {summary ? 'Import another CSV…' : 'Import leads (CSV)…'}
          </button>
        </div>
      </div>
      {summary === undefined && <p className="muted">Looking for imported leads…</p>}
      {summary === null && <p className="muted">Load a CSV export of past leads with their outcomes to see, while you drag, how many would have been MQLs, how many deals they would have caught, and which criteria really predict a win. The data stays on this machine.</p>}
      {summary && (
        <p className="muted bt-source" data-testid="bt-source">
          {nf.format(summary.rowCount)} leads from {summary.fileName}, imported {new Date(summary.importedAt).toLocaleString()}
          {backtest.scoreMs !== null && ` · re-scored in ${backtest.scoreMs} ms`}
        </p>
      )}
      {summary && result && (
        <>
          <MetricsView result={result} summary={summary} />
          {result.monthsSource === 'assumed' && (
            <label className="bt-months">
              Months the file covers
              <input type="number" min={1} max={120} value={months} onChange={(e) => setMonths(monthsOf(e.target.value))} />
            </label>
          )}
          <div className="bt-charts">
            <DecileChart deciles={result.deciles} baseRate={result.metrics.baseRate} />
            <DistributionChart bins={result.distribution} threshold={result.metrics.threshold} />
          </div>
          <ComparisonView comparison={result.comparison} problem={result.comparisonProblem} />
          <MatrixTable matrix={result.matrix} />
          <SuggestionsTable evidence={result.criteria} baseRate={result.metrics.baseRate} onApply={apply} />
        </>
      )}
      <ImportWizard
        open={wizardOpen}
        onOpenChange={setWizardOpen}
        workshopId={workshopId}
        criteria={scoring.criteria}
        locale={locale}
        importPhase={backtest.importPhase}
        onStart={(file, headers, mapping) => {
          awaitingParse.current = true;
          backtest.startImport(file, headers, mapping);
        }}
        onCancel={() => {
          awaitingParse.current = false;
          backtest.cancelImport();
        }}
      />
    </section>
  );
}
