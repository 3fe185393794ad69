import type { ScoringModel } from '../../../../shared/model/scoring';
import { useEditor } from '../../stores/editor';
import { notify } from '../../ui/toast';

const EMPTY_MODEL: ScoringModel = {
  criteria: [],
  settings: { mqlThreshold: 50, caps: { Fit: null, Engagement: null, total: null }, decay: { enabled: false, halfLifeDays: 30 }, useFitGrade: false },
  sampleLeads: [],
};

/** The open workshop's scoring model (a stable empty model when nothing is open). */
export function useScoringModel(): ScoringModel {
  return useEditor((s) => s.version?.content.scoring ?? EMPTY_MODEL);
}

/**
 * One user action on the scoring model = one undo step (unless `coalesce` groups typing).
 * Returns false and shows why when the version is frozen.
 */
export function editScoring(mutate: (model: ScoringModel) => ScoringModel, coalesce?: string): boolean {
  const refused = useEditor.getState().editContent((c) => ({ ...c, scoring: mutate(c.scoring) }), coalesce ? { coalesce } : undefined);
  if (refused) notify.error(refused);
  return refused === null;
}

export function currentScoring(): ScoringModel {
  return useEditor.getState().version?.content.scoring ?? EMPTY_MODEL;
}
