import type { Goals } from '../../../../shared/model/goals';
import type { Incentives } from '../../../../shared/model/incentives';
import { DEFAULT_PROJECTION_ATTAINMENTS, quarterProjection } from '../../../../shared/rules/goals';
import { percentOfCents } from '../../../../shared/rules/money';
import { incentiveTableOf } from '../../../../shared/rules/rules-version';
import type { VersionIncentivePlan } from '../../../../shared/present/incentives-of-version';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import { PayoutChart } from '../../ui/charts/PayoutChart';
import { useMoneyFormat } from '../../stores/agreement-locale';
import { IncentiveTable } from './IncentiveRules';

/** The worked table at 0–150 % attainment, and each side's quarterly pay-out at 50/80/100/120 % as a chart. */
export function Projection({ incentives, goals, signed }: { incentives: Incentives; goals: Goals; signed?: { version: AgreementVersion; plan: VersionIncentivePlan } }) {
  const { currency, locale } = useMoneyFormat();
  const context = { revenueTargetCents: goals.revenueTargetCents, currency, locale };
  // A signed version charts its own figures (the rules it was signed under); a draft today's.
  const rows = signed
    ? incentiveTableOf(signed.version, DEFAULT_PROJECTION_ATTAINMENTS).rows.map((r) => ({ ...r, revenueCents: percentOfCents(goals.revenueTargetCents, r.attainment) }))
    : quarterProjection(incentives, goals);
  return (
    <section className="card stack" aria-labelledby="projection-heading">
      <h2 id="projection-heading">Quarterly pay-out by attainment</h2>
      <IncentiveTable incentives={incentives} context={context} ariaLabel="Pay-out projection" view={signed?.plan.table} />
      <PayoutChart rows={rows} currency={currency} locale={locale} />
    </section>
  );
}
