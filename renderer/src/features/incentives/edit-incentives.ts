import { IncentivesSchema, type Incentives } from '../../../../shared/model/incentives';
import { useEditor } from '../../stores/editor';
import { notify } from '../../ui/toast';

/**
 * Saves a change to the incentive plan only if the whole plan still passes the shared schema;
 * returns the message to show inline otherwise (or the store's refusal, which is also toasted).
 */
export function editIncentives(mutate: (incentives: Incentives) => Incentives, coalesce: string): string | null {
  const current = useEditor.getState().version?.content.incentives;
  if (!current) return 'No workshop is open';
  const parsed = IncentivesSchema.safeParse(mutate(current));
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'This plan is not valid';
  const refused = useEditor.getState().editContent((c) => ({ ...c, incentives: parsed.data }), { coalesce });
  if (refused) notify.error(refused);
  return refused;
}
