import type { LeadDefinition } from '../../../../shared/model/lead-definition';
import { useEditor } from '../../stores/editor';
import { notify } from '../../ui/toast';

/** One user action on the lead definition; typing in one field within a second is one undo step. */
export function editLead(change: (lead: LeadDefinition) => LeadDefinition, coalesce?: string) {
  const refused = useEditor.getState().editContent((c) => ({ ...c, leadDefinition: change(c.leadDefinition) }), coalesce ? { coalesce } : undefined);
  if (refused) notify.error(refused);
}

export function moveItem<T>(list: T[], index: number, offset: -1 | 1): T[] {
  const target = index + offset;
  if (target < 0 || target >= list.length) return list;
  const next = [...list];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}
