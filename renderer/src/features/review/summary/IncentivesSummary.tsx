import type { AgreementContent } from '../../../../../shared/model/agreement';
import { dealPayout, formatPercent } from '../../../../../shared/rules/goals';
import { formatMoney } from '../../../../../shared/rules/money';

/** The pool, the split and what the example deal pays each side. */
export function IncentivesSummary({ content }: { content: AgreementContent }) {
  const { incentives, currency, locale } = content;
  const money = (cents: number) => formatMoney(cents, currency, locale);
  const example = dealPayout(incentives, incentives.exampleDealCents);
  const marketingShare = 100 - incentives.salesSharePercent;
  return (
    <section className="review-section" aria-labelledby="review-incentives">
      <h2 id="review-incentives">5. Incentive split</h2>
      <p>
        A pool of <strong>{formatPercent(incentives.poolPercent)}</strong> of each deal, split <span className="team-Sales">Sales {formatPercent(incentives.salesSharePercent)}</span> /{' '}
        <span className="team-Marketing">Marketing {formatPercent(marketingShare)}</span>
        {incentives.gate.enabled ? ', paid out according to shared-goal attainment:' : ', paid out on every won deal.'}
      </p>
      {incentives.gate.enabled && (
        <p className="muted">
          {incentives.gate.points.map((p) => `${formatPercent(p.attainment)} → ${formatPercent(p.payout)}`).join(' · ')}
          {incentives.capPercent !== null && ` · capped at ${formatPercent(incentives.capPercent)}`}
        </p>
      )}
      <div className="worked-example" aria-label="Worked example">
        <span>A {money(incentives.exampleDealCents)} deal at target pays</span>
        <strong className="team-Sales">Sales {money(example.salesCents)}</strong>
        <strong className="team-Marketing">Marketing {money(example.marketingCents)}</strong>
        <span className="muted">pool {money(example.poolCents)}</span>
      </div>
    </section>
  );
}
