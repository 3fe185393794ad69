import { QuarterActualsSchema, type QuarterActuals } from '../../../../shared/model/review';
import { nextQuarter } from '../../../../shared/model/quarter';
import { newId } from '../../../../shared/rules/ids';
import { StoredReviewSchema, type StoredReview } from '../../../../shared/rules/import-file';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Workshop } from '../../../../shared/model/workshop';
import { db as defaultDb, type CommonGroundDb } from '../database';
import { validOrThrow } from '../errors';
import { indexTables } from '../index-rows';
import { createWorkshop } from './workshops';
import { NextQuarterChoiceSchema, proposeNextQuarter, type NextQuarterChoice } from '../../../../shared/rules/next-quarter';

export async function getReview(versionId: string, database: CommonGroundDb = defaultDb): Promise<StoredReview | undefined> {
  return database.reviews.get(versionId);
}

/** Saves the quarter's actuals for a signed version; invalid figures are refused, never stored. */
export async function saveReview(entry: QuarterActuals, database: CommonGroundDb = defaultDb): Promise<StoredReview> {
  const actuals = validOrThrow(QuarterActualsSchema, entry);
  return database.transaction('rw', database.versions, database.reviews, async () => {
    const version = await database.versions.get(actuals.versionId);
    if (!version) throw new AppFailure('NOT_FOUND', 'This agreement version no longer exists');
    if (version.status !== 'signed' && version.status !== 'superseded' && version.status !== 'archived') {
      throw new AppFailure('BAD_INPUT', 'Actuals are entered for a signed agreement; sign this version first.');
    }
    const row = validOrThrow(StoredReviewSchema, { ...actuals, agreementId: version.agreementId, organisation: version.content.organisation });
    await database.reviews.put(row);
    return row;
  });
}

/** Every review of an organisation, for the trend across quarters. */
export async function reviewsOfOrganisation(organisation: string, database: CommonGroundDb = defaultDb): Promise<StoredReview[]> {
  return database.reviews.where('organisation').equals(organisation).toArray();
}

/**
 * Opens next quarter's workshop as the agreement's next version, prefilled from this one, with
 * the review notes waiting in the parking lot so the group starts from what was learned. One
 * transaction, and idempotent: when that agreement already has a draft for next quarter (a double
 * click, a second window, or a revision someone started earlier), that draft's workshop is opened
 * instead of starting another, and it gets the review notes it does not have yet.
 */
export async function startNextQuarter(versionId: string, database: CommonGroundDb = defaultDb, choice?: NextQuarterChoice): Promise<Workshop> {
  const chosen = choice === undefined ? undefined : validOrThrow(NextQuarterChoiceSchema, choice);
  const tables = [database.versions, database.workshops, database.reviews, database.auditEvents, ...indexTables(database)];
  return database.transaction('rw', tables, async () => {
    const version = await database.versions.get(versionId);
    if (!version) throw new AppFailure('NOT_FOUND', 'This agreement version no longer exists');
    const quarter = nextQuarter(version.content.quarter);
    const review = await database.reviews.get(versionId);
    const already = await draftForQuarter(database, version.agreementId, quarter);
    // Unless the facilitator chose dates, the proposal's (never today's date before the quarter is near).
    const dates = chosen ?? proposeNextQuarter(version.content, new Date().toISOString().slice(0, 10));
    const workshop =
      already ??
      // createWorkshop's own transaction joins this one: every table it writes is listed above.
      (await createWorkshop(
        {
          organisation: version.content.organisation,
          title: version.content.title,
          quarter,
          date: dates.date,
          facilitator: version.content.facilitator,
        },
        { kind: 'version', versionId },
        database,
      ));
    if (!already) await setReviewDate(database, workshop.versionId, dates.reviewDate);
    const have = new Set(workshop.parkingLot.map((item) => item.text));
    const notes = (review?.notes ?? '')
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => `From the ${version.content.quarter} review: ${line}`.slice(0, 500))
      .filter((text) => !have.has(text));
    if (notes.length === 0) return workshop;
    const at = new Date().toISOString();
    const withNotes: Workshop = { ...workshop, parkingLot: [...workshop.parkingLot, ...notes.map((text) => ({ id: newId(), text, resolved: false, createdAt: at }))] };
    await database.workshops.put(withNotes);
    return withNotes;
  });
}

/** The new draft's review date: last quarter's would otherwise be copied as it was. */
async function setReviewDate(database: CommonGroundDb, versionId: string, reviewDate: string | null): Promise<void> {
  const draft = await database.versions.get(versionId);
  if (!draft) return;
  await database.versions.put({ ...draft, content: { ...draft.content, commitments: { ...draft.content.commitments, reviewDate } } });
}

/** The workshop of a draft of this agreement for that quarter, if one was already started. */
async function draftForQuarter(database: CommonGroundDb, agreementId: string, quarter: string): Promise<Workshop | undefined> {
  const drafts = await database.versions
    .where('agreementId')
    .equals(agreementId)
    .filter((v) => v.status === 'draft' && v.content.quarter === quarter)
    .toArray();
  for (const draft of drafts.sort((a, b) => b.version - a.version)) {
    const workshop = await database.workshops.where('versionId').equals(draft.id).first();
    if (workshop) return workshop;
  }
  return undefined;
}
