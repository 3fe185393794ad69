import { reverseFunnel } from '../../../../shared/rules/goals';
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
  const funnel = reverseFunnel(goals);
  return (
    <div className="stack goals-step">
      <GoalsInputs goals={goals} />
      <FunnelSummary funnel={funnel} />
      <div className="grid-2">
        <RateEffects goals={goals} />
        <SharedGoalsList goals={goals} />
      </div>
    </div>
  );
}
