import type { ScoringModel } from '../../../../shared/model/scoring';
import { useEditor } from '../../stores/editor';

const EMPTY_MODEL: ScoringModel = {
  criteria: [],
  settings: { mqlThreshold: 50, caps: { Fit: null, Engagement: null, total: null }, decay: { enabled: false, halfLifeDays: 30 }, useFitGrade: false },
  sampleLeads: [],
};

/** The open workshop's scoring model (a stable empty model when nothing is open). */
export function useScoringModel(): ScoringModel {
  return useEditor((s) => s.version?.content.scoring ?? EMPTY_MODEL);
}

/** The open workshop's scoring model as it is now, outside React (a stable empty model when nothing is open). */
export function currentScoring(): ScoringModel {
  return useEditor.getState().version?.content.scoring ?? EMPTY_MODEL;
}
