import { useLiveQuery } from 'dexie-react-hooks';
import { loadReviewData, type ReviewData } from '../../db/repositories/review-reads';

/** The version, its saved actuals and the organisation's review history; undefined while loading. Follows live changes. */
export function useQuarterlyReview(versionId: string): ReviewData | undefined {
  return useLiveQuery(() => loadReviewData(versionId), [versionId]);
}
