import { CommitmentsSchema, type Commitments } from '../../../../shared/model/commitments';
import { useEditor } from '../../stores/editor';
import { notify } from '../../ui/toast';

/** Saves a change to the commitments only if they still pass the shared schema; returns the problem otherwise. */
export function editCommitments(mutate: (commitments: Commitments) => Commitments, coalesce?: string): string | null {
  const current = useEditor.getState().version?.content.commitments;
  if (!current) return 'No workshop is open';
  const parsed = CommitmentsSchema.safeParse(mutate(current));
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'These commitments are not valid';
  const refused = useEditor.getState().editContent((c) => ({ ...c, commitments: parsed.data }), coalesce ? { coalesce } : undefined);
  if (refused) notify.error(refused);
  return refused;
}
