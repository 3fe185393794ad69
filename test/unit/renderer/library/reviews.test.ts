import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getReview, reviewsOfOrganisation, saveReview, startNextQuarter } from '../../../../renderer/src/db/repositories/reviews';
import { importAgreementText, importLibraryText } from '../../../../renderer/src/db/repositories/import';
import { versionsOfAgreement } from '../../../../renderer/src/db/repositories/library';
import type { CommonGroundDb } from '../../../../renderer/src/db/database';
import { QuarterActualsSchema } from '../../../../shared/model/review';
import { buildEntry, initialText } from '../../../../renderer/src/features/quarterly-review/actuals-form';
import { draftVersion, libraryFile, signedFile } from './fixtures';
import { dump, freshDb } from './db-helpers';

let db: CommonGroundDb;
const signed = signedFile().version;
beforeEach(async () => {
  db = freshDb();
  await importAgreementText(JSON.stringify(signedFile()), db);
  await importLibraryText(JSON.stringify(libraryFile([draftVersion(1)])), db);
});
afterEach(() => db.close());

const entry = (versionId: string, notes = '') =>
  QuarterActualsSchema.parse({ versionId, quarter: '2027-Q1', actuals: { mqlsDelivered: 900, deals: 12 }, notes, enteredAt: '2027-04-03T10:00:00.000Z' });

describe('quarterly reviews', () => {
  it('saves actuals for a signed version, indexed by organisation', async () => {
    await saveReview(entry(signed.id), db);
    expect((await getReview(signed.id, db))?.actuals.mqlsDelivered).toBe(900);
    expect(await reviewsOfOrganisation('Northwind Analytics', db)).toHaveLength(1);
  });

  it('refuses actuals for a draft and invalid figures, storing nothing', async () => {
    const before = await dump(db);
    await expect(saveReview(entry('ver-1'), db)).rejects.toThrow(/sign this version first/);
    await expect(saveReview({ ...entry(signed.id), actuals: { ...entry(signed.id).actuals, deals: -3 } }, db)).rejects.toThrow(/cannot be negative/);
    expect(await dump(db)).toBe(before);
  });

  it('starts next quarter as the next version with the review notes in the parking lot', async () => {
    await saveReview(entry(signed.id, 'Rejections need a reason code\n\nMQL volume came late in the quarter'), db);
    const workshop = await startNextQuarter(signed.id, db);
    const chain = await versionsOfAgreement(signed.agreementId, db);
    expect(chain.map((v) => [v.version, v.content.quarter, v.status])).toEqual([
      [1, '2027-Q1', 'signed'],
      [2, '2027-Q2', 'draft'],
    ]);
    expect(chain[1]!.previousVersionId).toBe(signed.id);
    expect(workshop.parkingLot.map((p) => p.text)).toEqual(['From the 2027-Q1 review: Rejections need a reason code', 'From the 2027-Q1 review: MQL volume came late in the quarter']);
    expect((await db.workshops.get(workshop.id))?.parkingLot).toHaveLength(2);
  });
});

describe('actuals form parsing', () => {
  it('turns money into cents and blank into no data', () => {
    const text = initialText(undefined);
    text.actuals.revenueCents = '12,500.5';
    text.actuals.mqlsDelivered = '';
    const { entry: built, errors } = buildEntry(signed.id, '2027-Q1', text);
    expect(errors).toEqual({});
    expect(built?.actuals.revenueCents).toBe(1_250_050);
    expect(built?.actuals.mqlsDelivered).toBeNull();
  });

  it('reports bad numbers per field and builds nothing', () => {
    const text = initialText(undefined);
    text.actuals.sqls = 'lots';
    text.actuals.acceptedWithin24hPercent = '140';
    const { entry: built, errors } = buildEntry(signed.id, '2027-Q1', text);
    expect(built).toBeNull();
    expect(errors['actuals.sqls']).toMatch(/SQLs must be a number/);
    expect(errors['actuals.acceptedWithin24hPercent']).toMatch(/between 0 and 100/);
  });
});
