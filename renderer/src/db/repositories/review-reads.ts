import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { StoredReview } from '../../../../shared/rules/import-file';
import { db as defaultDb, type CommonGroundDb } from '../database';
import { getReview, reviewsOfOrganisation } from './reviews';

export interface ReviewData {
  /** Null when the version is not (or no longer) in the library. */
  version: AgreementVersion | null;
  review: StoredReview | undefined;
  /** Every review of the same organisation, for the trend across quarters. */
  history: StoredReview[];
}

/** One agreement version by id. */
export async function getVersion(versionId: string, database: CommonGroundDb = defaultDb): Promise<AgreementVersion | undefined> {
  return database.versions.get(versionId);
}

/** Everything the quarterly review screen shows for one version, in one read. */
export async function loadReviewData(versionId: string, database: CommonGroundDb = defaultDb): Promise<ReviewData> {
  const version = await getVersion(versionId, database);
  if (!version) return { version: null, review: undefined, history: [] };
  const [review, history] = await Promise.all([getReview(versionId, database), reviewsOfOrganisation(version.content.organisation, database)]);
  return { version, review, history };
}
