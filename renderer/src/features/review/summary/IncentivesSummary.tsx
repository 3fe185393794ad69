import type { AgreementContent } from '../../../../../shared/model/agreement';
import { IncentiveSentences, IncentiveTable } from '../../incentives/IncentiveRules';

/** The incentive plan's rules, one sentence each (the example deal among them), and the worked table. */
export function IncentivesSummary({ content }: { content: AgreementContent }) {
  const { incentives, goals, currency, locale } = content;
  const context = { revenueTargetCents: goals.revenueTargetCents, currency, locale };
  return (
    <section className="review-section" aria-labelledby="review-incentives">
      <h2 id="review-incentives">5. Incentive split</h2>
      <IncentiveSentences incentives={incentives} context={context} />
      <IncentiveTable incentives={incentives} context={context} ariaLabel="Incentive pay-out by attainment" />
    </section>
  );
}
