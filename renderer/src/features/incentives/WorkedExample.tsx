import { IncentivesSchema, type Incentives } from '../../../../shared/model/incentives';
import { dealPayout, formatPercent } from '../../../../shared/rules/goals';
import { formatMoney } from '../../../../shared/rules/money';
import { useMoneyFormat } from '../goals/edit-goals';
import { MoneyField } from '../goals/fields/MoneyField';
import { editIncentives } from './edit-incentives';

/** What one deal of a chosen size pays each side when the team hits its shared goal. */
export function WorkedExample({ incentives }: { incentives: Incentives }) {
  const { currency, locale } = useMoneyFormat();
  const money = (cents: number) => formatMoney(cents, currency, locale);
  const deal = incentives.exampleDealCents;
  const pay = dealPayout(incentives, deal, 100);
  return (
    <section className="card stack" aria-labelledby="example-heading">
      <h2 id="example-heading">Worked example</h2>
      <MoneyField
        label="Example deal size"
        cents={deal}
        currency={currency}
        locale={locale}
        schema={IncentivesSchema.shape.exampleDealCents}
        onCommit={(cents) => editIncentives((i) => ({ ...i, exampleDealCents: cents }), 'incentives.example')}
      />
      <p data-testid="example-sentence">
        A {money(deal)} deal puts {money(pay.poolCents)} in the pool ({formatPercent(incentives.poolPercent)}). At 100 % of the shared goal
        {incentives.gate.enabled ? ` the gate pays ${formatPercent(pay.gatePercent)} of it` : ' all of it is paid'}: {money(pay.paidCents)}.
      </p>
      <div className="payout-tiles" data-testid="worked-example">
        <div className="payout-tile tile-Sales">
          <span>Sales gets</span>
          <strong data-testid="example-sales">{money(pay.salesCents)}</strong>
        </div>
        <div className="payout-tile tile-Marketing">
          <span>Marketing gets</span>
          <strong data-testid="example-marketing">{money(pay.marketingCents)}</strong>
        </div>
      </div>
    </section>
  );
}
