import { tryReverseFunnel } from '../../../../shared/rules/goals';
import { useEditor } from '../../stores/editor';
import { FunnelSummary } from './FunnelSummary';
import { GoalsInputs } from './GoalsInputs';
import { RateEffects } from './RateEffects';
import { SharedGoalsList } from './SharedGoalsList';
import './goals.css';

/** Step 5: one revenue number drives the funnel both teams own. */
export default function GoalsStep() {
  const goals = useEditor((s) => s.version?.content.goals);
  if (!goals) return null;
  // The form refuses a 0 % rate, but goals from elsewhere (an import, an old record) may hold one:
  // the funnel rule refuses them too, and the screen says why instead of showing figures.
  const funnel = tryReverseFunnel(goals);
  return (
    <div className="stack goals-step">
      <GoalsInputs goals={goals} />
      {funnel.ok ? (
        <>
          <FunnelSummary goals={goals} funnel={funnel.data} />
          <div className="grid-2">
            <RateEffects goals={goals} />
            <SharedGoalsList goals={goals} />
          </div>
        </>
      ) : (
        <p className="alert alert-warning" role="alert" data-testid="funnel-refused">
          The funnel cannot be worked out: {funnel.error.message}
        </p>
      )}
    </div>
  );
}
