import type { Goals } from '../../../../shared/model/goals';
import { IncentivesSchema, type Incentives } from '../../../../shared/model/incentives';
import { describeIncentivePlan } from '../../../../shared/present/incentives';
import { dealPayout } from '../../../../shared/rules/goals';
import { formatMoney } from '../../../../shared/rules/money';
import { useMoneyFormat } from '../../stores/agreement-locale';
import { coalesce, edit, refusalOf } from '../../stores/edit';
import { MoneyField } from '../goals/fields/MoneyField';

/** What one deal of a chosen size earns each side: its share of the quarter's pay-out at 100 %. */
export function WorkedExample({ incentives, goals }: { incentives: Incentives; goals: Goals }) {
  const { currency, locale } = useMoneyFormat();
  const money = (cents: number) => formatMoney(cents, currency, locale);
  const deal = incentives.exampleDealCents;
  const pay = dealPayout(incentives, goals.revenueTargetCents, deal);
  const sentence = describeIncentivePlan(incentives, { revenueTargetCents: goals.revenueTargetCents, currency, locale }).find((s) => s.rule === 'example');
  return (
    <section className="card stack" aria-labelledby="example-heading">
      <h2 id="example-heading">Worked example</h2>
      <MoneyField
        label="Example deal size"
        cents={deal}
        currency={currency}
        locale={locale}
        schema={IncentivesSchema.shape.exampleDealCents}
        onCommit={(cents) => refusalOf(edit('incentives', (i) => ({ ...i, exampleDealCents: cents }), coalesce('incentives.example')))}
      />
      <p data-testid="example-sentence">{sentence?.text}</p>
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
