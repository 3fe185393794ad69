import type { Goals } from '../../../../shared/model/goals';
import type { ReverseFunnel } from '../../../../shared/rules/goals';
import { formatMoney } from '../../../../shared/rules/money';
import { describeFunnelRounding } from '../../../../shared/present/funnel';
import { FunnelChart } from '../../ui/charts/FunnelChart';
import { useMoneyFormat } from '../../stores/agreement-locale';

const ROWS = [
  { key: 'deals', label: 'Deals won' },
  { key: 'sqls', label: 'SQLs' },
  { key: 'sals', label: 'SALs' },
  { key: 'mqls', label: 'MQLs' },
] as const;

/** The reverse funnel: what each stage must produce per quarter and per month, as a table and a chart. */
export function FunnelSummary({ goals, funnel }: { goals: Goals; funnel: ReverseFunnel }) {
  const { currency, locale } = useMoneyFormat();
  const count = (n: number) => n.toLocaleString(locale);
  const sourced = funnel.perQuarter.marketingSourcedMqls;
  return (
    <section className="card stack" aria-labelledby="funnel-heading">
      <h2 id="funnel-heading">The reverse funnel</h2>
      <div className="funnel-layout">
        <table className="data funnel-table" aria-label="Funnel per quarter and per month">
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col" className="num">Per quarter</th>
              <th scope="col" className="num">Per month</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.key} data-testid={`funnel-${row.key}`}>
                <th scope="row">{row.label}</th>
                <td className="num">{count(funnel.perQuarter[row.key])}</td>
                <td className="num">{count(funnel.perMonth[row.key])}</td>
              </tr>
            ))}
            {sourced !== null && (
              <tr data-testid="funnel-sourced">
                <th scope="row">Marketing-sourced MQLs</th>
                <td className="num">{count(sourced)}</td>
                <td className="num">{count(funnel.perMonth.marketingSourcedMqls ?? 0)}</td>
              </tr>
            )}
          </tbody>
        </table>
        <FunnelChart stages={funnel.stages} locale={locale} />
      </div>
      <p className="muted" data-testid="funnel-rounding">
        {describeFunnelRounding(goals, funnel, { currency, locale })}
      </p>
      <p className="funnel-headline" data-testid="mql-headline">
        Marketing must deliver <strong>{count(sourced ?? funnel.perQuarter.mqls)} MQLs a quarter</strong> —{' '}
        <strong>{count(funnel.mqlCommitmentPerMonth)} a month</strong>. Open pipeline needed: {formatMoney(funnel.pipelineCents, currency, locale)}; SQLs must enter the
        pipeline about {funnel.leadTimeMonths} {funnel.leadTimeMonths === 1 ? 'month' : 'months'} before they close.
      </p>
      {funnel.capacity.exceeded ? (
        <p className="alert alert-warning" role="status">
          {funnel.capacity.message}
        </p>
      ) : (
        <p className="muted">
          Sales can follow up {count(funnel.capacity.capacityPerMonth)} MQLs a month, enough for {count(funnel.capacity.mqlsPerMonth)}.
        </p>
      )}
    </section>
  );
}
