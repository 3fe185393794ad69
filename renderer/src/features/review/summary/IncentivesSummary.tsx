import type { AgreementContent, AgreementVersion } from '../../../../../shared/model/agreement';
import { incentivePlanOf } from '../../../../../shared/present/incentives-of-version';
import { IncentiveSentences, IncentiveTable } from '../../incentives/IncentiveRules';

/**
 * The incentive plan's rules, one sentence each (the example deal among them), and the worked
 * table, computed with the rules the version records when it is given (a signed version keeps its own).
 */
export function IncentivesSummary({ content, version }: { content: AgreementContent; version?: Pick<AgreementVersion, 'content' | 'contentHash' | 'rulesVersion'> }) {
  const { incentives, goals, currency, locale } = content;
  const context = { revenueTargetCents: goals.revenueTargetCents, currency, locale };
  const plan = version ? incentivePlanOf(version) : null;
  return (
    <section className="review-section" aria-labelledby="review-incentives">
      <h2 id="review-incentives">5. Incentive split</h2>
      <IncentiveSentences incentives={incentives} context={context} sentences={plan?.sentences} />
      <IncentiveTable incentives={incentives} context={context} ariaLabel="Incentive pay-out by attainment" view={plan?.table} />
    </section>
  );
}
