import type { Goals } from '../../../../shared/model/goals';
import type { Incentives } from '../../../../shared/model/incentives';
import { quarterProjection } from '../../../../shared/rules/goals';
import { PayoutChart } from '../../ui/charts/PayoutChart';
import { useMoneyFormat } from '../goals/edit-goals';
import { IncentiveTable } from './IncentiveRules';

/** The worked table at 0–150 % attainment, and each side's quarterly pay-out at 50/80/100/120 % as a chart. */
export function Projection({ incentives, goals }: { incentives: Incentives; goals: Goals }) {
  const { currency, locale } = useMoneyFormat();
  const context = { revenueTargetCents: goals.revenueTargetCents, currency, locale };
  return (
    <section className="card stack" aria-labelledby="projection-heading">
      <h2 id="projection-heading">Quarterly pay-out by attainment</h2>
      <IncentiveTable incentives={incentives} context={context} ariaLabel="Pay-out projection" />
      <PayoutChart rows={quarterProjection(incentives, goals)} currency={currency} locale={locale} />
    </section>
  );
}
