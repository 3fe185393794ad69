import type { ScorecardLine, ScorecardSummary } from '../../../../shared/rules/scorecard';

const STATUS_CLASS: Record<ScorecardLine['status'], string> = { met: 'badge-signed', partly: 'badge-draft', missed: 'badge-danger', 'no data': '' };
const STATUS_LABEL: Record<ScorecardLine['status'], string> = { met: 'Met', partly: 'Partly met', missed: 'Missed', 'no data': 'No data' };

export function formatValue(value: number | null, unit: string, locale: string, currency: string): string {
  if (value === null) return '—';
  if (unit === 'cents') {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value / 100);
    } catch {
      return `${currency} ${(value / 100).toFixed(0)}`;
    }
  }
  if (unit === 'percent') return `${value.toLocaleString(locale)} %`;
  return `${value.toLocaleString(locale)} ${unit}`;
}

/** Every goal and promise of the signed version against what happened, with who owns it. */
export function ScorecardTable({ lines, summary, locale, currency }: { lines: ScorecardLine[]; summary: ScorecardSummary; locale: string; currency: string }) {
  return (
    <section className="card stack" aria-labelledby="scorecard-title">
      <h2 id="scorecard-title">Scorecard</h2>
      <p data-testid="scorecard-summary">{summary.sentence}</p>
      <table className="data" aria-label="Scorecard">
        <thead>
          <tr>
            <th>Line</th>
            <th>Owner</th>
            <th>Target</th>
            <th>Actual</th>
            <th>Result</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.id}>
              <td>
                <span className="muted">{l.section} · </span>
                {l.label}
              </td>
              <td>
                <span className={`owner owner-${l.owner.toLowerCase()}`}>{l.owner}</span>
              </td>
              <td>
                {l.lowerIsBetter ? '≤ ' : ''}
                {formatValue(l.target, l.unit, locale, currency)}
              </td>
              <td>{formatValue(l.actual, l.unit, locale, currency)}</td>
              <td>
                <span className={`badge ${STATUS_CLASS[l.status]}`}>{STATUS_LABEL[l.status]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
