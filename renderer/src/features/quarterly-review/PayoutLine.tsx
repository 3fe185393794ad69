import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { QuarterActuals } from '../../../../shared/model/review';
import { describeQuarterPayout, quarterPayout } from '../../../../shared/rules/quarter-payout';

/** What the signed incentive plan pays for the quarter as entered, from the version's own rules. */
export function PayoutLine({ version, review }: { version: AgreementVersion; review: QuarterActuals }) {
  const payout = quarterPayout(version, review.actuals);
  return (
    <section className="card" aria-labelledby="quarter-payout-heading" data-testid="quarter-payout">
      <h2 id="quarter-payout-heading">Incentive pay-out</h2>
      <p style={{ margin: 0 }}>{describeQuarterPayout(payout, version.content)}</p>
    </section>
  );
}
