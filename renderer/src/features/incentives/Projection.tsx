import type { Goals } from '../../../../shared/model/goals';
import type { Incentives } from '../../../../shared/model/incentives';
import { formatPercent, quarterProjection } from '../../../../shared/rules/goals';
import { formatMoney } from '../../../../shared/rules/money';
import { PayoutChart } from '../../ui/charts/PayoutChart';
import { useMoneyFormat } from '../goals/edit-goals';

/** Each side's quarterly pay-out if the team reaches 50, 80, 100 or 120 % of the revenue target. */
export function Projection({ incentives, goals }: { incentives: Incentives; goals: Goals }) {
  const { currency, locale } = useMoneyFormat();
  const rows = quarterProjection(incentives, goals);
  const money = (cents: number) => formatMoney(cents, currency, locale);
  return (
    <section className="card stack" aria-labelledby="projection-heading">
      <h2 id="projection-heading">Quarterly pay-out by attainment</h2>
      <p className="muted">Revenue target {money(goals.revenueTargetCents)} a quarter; pay-out is the pool on the revenue actually won, after the gate.</p>
      <PayoutChart rows={rows} currency={currency} locale={locale} />
      <table className="data projection-table" aria-label="Pay-out projection">
        <thead>
          <tr>
            <th scope="col">Attainment</th>
            <th scope="col">Revenue</th>
            <th scope="col">Gate</th>
            <th scope="col">Sales</th>
            <th scope="col">Marketing</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.attainment}>
              <th scope="row">{r.attainment} %</th>
              <td>{money(r.revenueCents)}</td>
              <td>{formatPercent(r.gatePercent)}</td>
              <td className="team-Sales">{money(r.salesCents)}</td>
              <td className="team-Marketing">{money(r.marketingCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
