import type { AgreementContent } from '../../../../shared/model/agreement';
import type { Goals } from '../../../../shared/model/goals';
import { funnelInputProblem, syncDerivedCommitments } from '../../../../shared/rules/goals';
import { useEditor } from '../../stores/editor';

/**
 * Changes the goals and refreshes the commitments that follow the funnel in the same edit,
 * so one Ctrl+Z puts both back together. Goals the funnel refuses (a 0 % rate) are not saved:
 * the refusal comes back as the message to show.
 */
export function editGoals(mutate: (goals: Goals) => Goals, coalesce: string): string | null {
  const current = useEditor.getState().version?.content.goals;
  const problem = current ? funnelInputProblem(mutate(current)) : null;
  if (problem) return problem;
  return useEditor.getState().editContent((content): AgreementContent => {
    const goals = mutate(content.goals);
    return { ...content, goals, commitments: { ...content.commitments, rows: syncDerivedCommitments(content.commitments.rows, goals) } };
  }, { coalesce });
}

/** The workshop's currency and locale, for every amount on screen. */
export function useMoneyFormat() {
  const currency = useEditor((s) => s.version?.content.currency ?? 'USD');
  const locale = useEditor((s) => s.version?.content.locale ?? 'en-US');
  return { currency, locale };
}
