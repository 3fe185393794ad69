import type { AgreementContent } from '../../../../../shared/model/agreement';
import { reverseFunnel, formatPercent } from '../../../../../shared/rules/goals';
import { formatMoney } from '../../../../../shared/rules/money';

/** The revenue goal and the reverse funnel it implies, per quarter and per month. */
export function GoalsSummary({ content }: { content: AgreementContent }) {
  const { goals, currency, locale } = content;
  const funnel = reverseFunnel(goals);
  const money = (cents: number) => formatMoney(cents, currency, locale);
  const rows: [string, number, number, number | null][] = [
    ['Deals won', funnel.perQuarter.deals, funnel.perMonth.deals, null],
    ['SQLs', funnel.perQuarter.sqls, funnel.perMonth.sqls, goals.rates.sqlToWon],
    ['SALs', funnel.perQuarter.sals, funnel.perMonth.sals, goals.rates.salToSql],
    ['MQLs', funnel.perQuarter.mqls, funnel.perMonth.mqls, goals.rates.mqlToSal],
  ];
  return (
    <section className="review-section" aria-labelledby="review-goals">
      <h2 id="review-goals">4. Shared goals and funnel</h2>
      <p>
        Revenue target <strong>{money(goals.revenueTargetCents)}</strong> a quarter at an average deal of {money(goals.averageDealCents)}, which needs{' '}
        {money(funnel.pipelineCents)} of open pipeline.
      </p>
      <table className="data" aria-label="Reverse funnel">
        <thead>
          <tr>
            <th>Stage</th>
            <th className="num">Per quarter</th>
            <th className="num">Per month</th>
            <th className="num">Converts to next stage</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, quarter, month, rate]) => (
            <tr key={label}>
              <td>{label}</td>
              <td className="num">{quarter.toLocaleString(locale)}</td>
              <td className="num">{month.toLocaleString(locale)}</td>
              <td className="num">{rate === null ? '—' : formatPercent(rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {funnel.capacity.message && <p className="alert alert-warning">{funnel.capacity.message}</p>}
    </section>
  );
}
