import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommonGroundDb } from '../../../../renderer/src/db/database';
import { importAgreementText } from '../../../../renderer/src/db/repositories/import';
import { versionsOfAgreement } from '../../../../renderer/src/db/repositories/library';
import { saveReview, startNextQuarter } from '../../../../renderer/src/db/repositories/reviews';
import { QuarterActualsSchema } from '../../../../shared/model/review';
import { signedFile } from '../library/fixtures';
import { dump, freshDb } from './helpers';

let db: CommonGroundDb;
const signed = signedFile().version;
beforeEach(async () => {
  db = freshDb();
  await importAgreementText(JSON.stringify(signedFile()), db);
  const review = { versionId: signed.id, quarter: signed.content.quarter, actuals: { mqlsDelivered: 900, deals: 12 }, notes: 'Reason codes came late', enteredAt: '2027-04-03T10:00:00.000Z' };
  await saveReview(QuarterActualsSchema.parse(review), db);
});
afterEach(() => db.close());

const drafts = async () => (await versionsOfAgreement(signed.agreementId, db)).filter((v) => v.status === 'draft');

describe('startNextQuarter', () => {
  it('makes one draft when clicked twice at once, and both calls get its workshop', async () => {
    const [a, b] = await Promise.all([startNextQuarter(signed.id, db), startNextQuarter(signed.id, db)]);
    expect(await drafts()).toHaveLength(1);
    expect(a.id).toBe(b.id);
    expect(await db.workshops.where('agreementId').equals(signed.agreementId).count()).toBe(2);
    expect((await db.auditEvents.toArray()).filter((e) => e.kind === 'created')).toHaveLength(1);
  });

  it('returns the draft already started on a later call, with its notes not added twice', async () => {
    const first = await startNextQuarter(signed.id, db);
    const again = await startNextQuarter(signed.id, db);
    expect(again.id).toBe(first.id);
    expect((await db.workshops.get(first.id))?.parkingLot).toHaveLength(1);
    expect(await drafts()).toHaveLength(1);
  });

  it('adds review notes written since to the draft already started, and only those', async () => {
    const first = await startNextQuarter(signed.id, db);
    const review = { versionId: signed.id, quarter: signed.content.quarter, actuals: { mqlsDelivered: 900, deals: 12 }, notes: 'Reason codes came late\nSLA clock should pause at weekends', enteredAt: '2027-04-04T10:00:00.000Z' };
    await saveReview(QuarterActualsSchema.parse(review), db);
    const again = await startNextQuarter(signed.id, db);
    expect(again.id).toBe(first.id);
    expect(again.parkingLot.map((p) => p.text)).toEqual([`From the ${signed.content.quarter} review: Reason codes came late`, `From the ${signed.content.quarter} review: SLA clock should pause at weekends`]);
    expect(await drafts()).toHaveLength(1);
  });

  it('writes nothing when adding the review notes fails after the draft was made (one transaction)', async () => {
    const before = await dump(db);
    db.workshops.hook('updating', () => {
      throw new Error('disk full');
    });
    await expect(startNextQuarter(signed.id, db)).rejects.toThrow(/disk full/);
    expect(await dump(db)).toBe(before);
  });
});

describe('startNextQuarter with the dates the facilitator chose', () => {
  it('stores the chosen workshop and review dates on the new draft', async () => {
    const workshop = await startNextQuarter(signed.id, db, { date: '2027-03-20', reviewDate: '2027-06-24' });
    const draft = (await db.versions.get(workshop.versionId))!;
    expect(draft.content.date).toBe('2027-03-20');
    expect(draft.content.commitments.reviewDate).toBe('2027-06-24');
  });

  it('refuses a review date before the workshop and makes nothing', async () => {
    const before = await dump(db);
    await expect(startNextQuarter(signed.id, db, { date: '2027-04-10', reviewDate: '2027-04-01' })).rejects.toThrow(/review date is before the workshop date/);
    expect(await dump(db)).toBe(before);
  });
});
