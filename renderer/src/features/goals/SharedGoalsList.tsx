import type { Goals } from '../../../../shared/model/goals';
import { sharedGoals } from '../../../../shared/rules/goals';
import { formatMoney } from '../../../../shared/rules/money';
import { useMoneyFormat } from '../../stores/agreement-locale';

/** Revenue, deals won and pipeline: owned by both teams, never "leads generated". */
export function SharedGoalsList({ goals }: { goals: Goals }) {
  const { currency, locale } = useMoneyFormat();
  return (
    <section className="card stack" aria-labelledby="shared-goals-heading">
      <h2 id="shared-goals-heading">Shared goals</h2>
      <p className="muted">Both teams own these numbers together; neither is measured on leads alone.</p>
      <ul className="shared-goals" aria-label="Shared goals">
        {sharedGoals(goals).map((goal) => (
          <li key={goal.id} className="shared-goal">
            <span className="shared-goal-label">{goal.label}</span>
            <span className="shared-goal-value">{goal.kind === 'money' ? formatMoney(goal.value, currency, locale) : goal.value.toLocaleString(locale)}</span>
            <span className="shared-goal-owners" aria-label={`Owned by ${goal.owners.join(' and ')}`}>
              <span className="badge owner-Marketing">Marketing</span>
              <span className="badge owner-Sales">Sales</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
