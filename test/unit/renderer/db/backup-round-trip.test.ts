import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommonGroundDb } from '../../../../renderer/src/db/database';
import { exportDatabase, NOT_BACKED_UP_TABLES, REBUILT_TABLES, RESTORED_TABLES, restoreBackup } from '../../../../renderer/src/db/repositories/backup';
import { importAgreementText } from '../../../../renderer/src/db/repositories/import';
import { saveReview } from '../../../../renderer/src/db/repositories/reviews';
import { QuarterActualsSchema } from '../../../../shared/model/review';
import { signedFile } from '../library/fixtures';
import { freshDb, mappingRow, tableRow, workshopWithBacktest } from './helpers';

let db: CommonGroundDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

/** Rows of every table, sorted by key, without the tables a backup deliberately leaves out. */
async function backedUpContent(database: CommonGroundDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of database.tables) {
    if ((NOT_BACKED_UP_TABLES as readonly string[]).includes(table.name)) continue;
    out[table.name] = await table.orderBy(':id').toArray();
  }
  return out;
}

/** Something in every table: versions, workshops, audit events, index rows, a review, settings and backtest rows. */
async function fillEveryTable(database: CommonGroundDb) {
  const workshop = await workshopWithBacktest(database, 'Acme');
  const signed = await importAgreementText(JSON.stringify(signedFile()), database);
  const review = { versionId: signed.id, quarter: signed.content.quarter, actuals: { mqlsDelivered: 900, deals: 12 }, notes: 'Late MQLs', enteredAt: '2027-04-03T10:00:00.000Z' };
  await saveReview(QuarterActualsSchema.parse(review), database);
  await database.settings.put({ key: 'defaultFacilitator', value: 'Riley' });
  return workshop;
}

describe('backup and restore', () => {
  it('every table is restored, rebuilt, or documented as not backed up', () => {
    const listed = [...RESTORED_TABLES, ...REBUILT_TABLES, ...NOT_BACKED_UP_TABLES].sort();
    expect(listed).toEqual(db.tables.map((t) => t.name).sort());
  });

  it('round-trips: fill every table, export, wipe, restore gives the same rows', async () => {
    await fillEveryTable(db);
    for (const table of db.tables) expect(await table.count(), table.name).toBeGreaterThan(0);
    const before = await backedUpContent(db);
    const backup = await exportDatabase(db);
    await Promise.all(db.tables.map((t) => t.clear()));
    await restoreBackup(backup, db);
    expect(await backedUpContent(db)).toEqual(before);
    expect(before.backtestMappings).toHaveLength(1);
  });

  it('restores the backtest mappings of the backup, replacing ones saved since', async () => {
    const workshop = await fillEveryTable(db);
    const backup = await exportDatabase(db);
    await db.backtestMappings.put({ ...mappingRow(workshop.id), fileName: 'changed-later.csv' });
    await db.backtestMappings.put(mappingRow('ws-made-after-the-backup'));
    await restoreBackup(backup, db);
    expect((await db.backtestMappings.toArray()).map((r) => [r.workshopId, r.fileName])).toEqual([[workshop.id, 'leads.csv']]);
  });

  it('keeps the parsed leads of workshops it brings back and drops the orphans', async () => {
    const workshop = await fillEveryTable(db);
    const backup = await exportDatabase(db);
    await db.backtestTables.put(tableRow('ws-made-after-the-backup'));
    await restoreBackup(backup, db);
    expect((await db.backtestTables.toCollection().primaryKeys()).sort()).toEqual([workshop.id]);
  });
});
