import type { BacktestResult } from '../../../../shared/rules/backtest';
import type { TableSummary } from '../../workers/backtest-protocol';

const nf = new Intl.NumberFormat('en-US');
const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);
const times = (v: number | null) => (v === null ? '—' : `${v.toFixed(2)}×`);

function Tile({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId: string }) {
  return (
    <div className="bt-tile">
      <span className="bt-tile-label">{label}</span>
      <strong className="bt-tile-value" data-testid={testId}>
        {value}
      </strong>
      {hint && <span className="bt-tile-hint">{hint}</span>}
    </div>
  );
}

/** The headline figures at the board's threshold, and the threshold that fits sales capacity. */
export function MetricsView({ result, summary }: { result: BacktestResult; summary: TableSummary }) {
  const m = result.metrics;
  const cap = result.capacity;
  return (
    <div className="stack">
      <div className="bt-tiles" aria-label="Backtest figures">
        <Tile testId="bt-mql" label="Would have been MQL" value={nf.format(m.mqlCount)} hint={`of ${nf.format(m.leads)} leads at threshold ${m.threshold}`} />
        <Tile testId="bt-precision" label="Precision" value={pct(m.precision)} hint="won among MQLs" />
        <Tile testId="bt-recall" label="Recall" value={pct(m.recall)} hint={`${nf.format(m.wonCaptured)} of ${nf.format(m.wonTotal)} won leads`} />
        <Tile testId="bt-lift" label="Lift" value={times(m.lift)} hint={`over the base rate of ${pct(m.baseRate)}`} />
      </div>
      {cap && (
        <p className="bt-capacity" data-testid="bt-capacity">
          <strong>Threshold for capacity: {cap.threshold ?? 'none up to 1000'}</strong>
          {' — '}
          {cap.threshold !== null && cap.monthlyMql !== null
            ? `${nf.format(Math.round(cap.monthlyMql))} MQLs a month fit the ${nf.format(cap.monthlyCapacity)} sales can take; the current threshold gives ${nf.format(Math.round(cap.currentMonthlyMql))} a month.`
            : `even the highest threshold gives more MQLs than the ${nf.format(cap.monthlyCapacity)} a month sales can take.`}{' '}
          <span className="muted">
            ({result.monthsSource === 'dates' ? `the leads span ${cap.months.toFixed(1)} months by created date` : `assuming the file covers ${cap.months} months`})
          </span>
        </p>
      )}
      {summary.rejectedCount > 0 && (
        <details className="bt-rejects">
          <summary>
            {nf.format(summary.rejectedCount)} of {nf.format(summary.rowsRead)} rows were skipped as malformed
          </summary>
          <ul>
            {summary.rejected.map((r) => (
              <li key={r.line}>
                Line {r.line} {r.reason}
              </li>
            ))}
          </ul>
          {summary.rejectedCount > summary.rejected.length && <p className="muted">Only the first {summary.rejected.length} are listed.</p>}
        </details>
      )}
    </div>
  );
}
