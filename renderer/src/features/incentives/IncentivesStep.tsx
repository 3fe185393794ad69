import { incentiveWarnings } from '../../../../shared/rules/goals';
import { useEditor } from '../../stores/editor';
import { useMoneyFormat } from '../../stores/agreement-locale';
import { GateCurve } from './GateCurve';
import { IncentiveSentences } from './IncentiveRules';
import { PoolAndSplit } from './PoolAndSplit';
import { Projection } from './Projection';
import { WorkedExample } from './WorkedExample';
import { RulesNotice } from '../review/RulesNotice';
import { incentivePlanOf } from '../../../../shared/present/incentives-of-version';
import '../goals/goals.css';
import './incentives.css';

/** Step 6: how the variable pay pool rewards both sides for the same revenue. */
export default function IncentivesStep() {
  const incentives = useEditor((s) => s.version?.content.incentives);
  const goals = useEditor((s) => s.version?.content.goals);
  const version = useEditor((s) => s.version);
  const { currency, locale } = useMoneyFormat();
  if (!incentives || !goals) return null;
  const warnings = incentiveWarnings(incentives);
  // A frozen version shows its own figures, computed with the rules it was signed under.
  const signed = version && version.contentHash !== null ? { version, plan: incentivePlanOf(version) } : undefined;
  const olderRules = signed !== undefined && signed.plan.rules === 1;
  return (
    <div className="stack incentives-step">
      {version && <RulesNotice version={version} />}
      {warnings.length > 0 && (
        <div className="alert alert-warning" role="status" data-testid="incentive-warnings">
          {warnings.map((w) => (
            <p key={w} style={{ margin: 0 }}>{w}</p>
          ))}
        </div>
      )}
      <div className="grid-2">
        <PoolAndSplit incentives={incentives} />
        {!olderRules && <WorkedExample incentives={incentives} goals={goals} />}
      </div>
      <div className="grid-2">
        <GateCurve incentives={incentives} />
        <Projection incentives={incentives} goals={goals} signed={signed} />
      </div>
      <section className="card stack" aria-labelledby="rules-heading">
        <h2 id="rules-heading">The plan in plain words</h2>
        <IncentiveSentences incentives={incentives} context={{ revenueTargetCents: goals.revenueTargetCents, currency, locale }} sentences={signed?.plan.sentences} />
      </section>
    </div>
  );
}
