import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DB_VERSION, onBeforeUpgrade, openDatabase } from '../../../../renderer/src/db/database';
import { draftVersion, signedFile, workshopFor } from './fixtures';

/** The stores exactly as the first release declared them. */
function openV1(name: string): Dexie {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    workshops: 'id, agreementId, versionId, updatedAt',
    versions: 'id, agreementId, [agreementId+version], status, content.organisation, content.quarter, updatedAt',
    auditEvents: 'id, agreementId, versionId, at',
    settings: 'key',
  });
  return v1;
}

describe('migration from schema v1 with real data', () => {
  it('keeps every row, builds search rows, adds the reviews table and its indexes', async () => {
    const name = `cg-migrate-${Math.random().toString(36).slice(2)}`;
    const v1 = openV1(name);
    const signed = signedFile().version;
    const draft = draftVersion(1, {}, 'Contoso Retail');
    await v1.table('versions').bulkAdd([signed, draft]);
    await v1.table('workshops').add(workshopFor(draft));
    await v1.table('settings').add({ key: 'theme', value: 'dark' });
    v1.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.versions.count()).toBe(2);
    expect(await db.versions.get(signed.id)).toEqual(signed);
    expect(await db.workshops.count()).toBe(1);
    expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
    expect((await db.search.get(draft.id))?.words).toEqual(expect.arrayContaining(['contoso', 'retail']));
    expect(await db.search.where('words').startsWith('northw').primaryKeys()).toEqual([signed.id]);
    // The v3 table and compound indexes work on the migrated rows.
    expect(await db.reviews.count()).toBe(0);
    await db.reviews.put({ versionId: signed.id, agreementId: signed.agreementId, organisation: signed.content.organisation, quarter: '2027-Q1', actuals: {} as never, perCommitment: {}, notes: '', enteredAt: '2027-04-01T00:00:00.000Z' });
    expect(await db.reviews.where('organisation').equals('Northwind Analytics').count()).toBe(1);
    expect(await db.versions.where('[status+updatedAt]').between(['draft', Dexie.minKey], ['draft', Dexie.maxKey]).primaryKeys()).toEqual([draft.id]);
    db.close();
  });

  it('hands the old data to the before-upgrade hook of the default database before upgrading', async () => {
    // The default database guards its first open; exercise that guard through a module reload.
    const seen: number[] = [];
    const v1 = openV1('common-ground');
    await v1.table('versions').add(draftVersion(5));
    v1.close();
    onBeforeUpgrade(async (old, version) => {
      seen.push(version, await old.table('versions').count());
    });
    const { db } = await import('../../../../renderer/src/db/database');
    expect(await db.versions.count()).toBe(1);
    expect(seen).toEqual([1, 1]);
    expect(db.verno).toBe(DB_VERSION);
    onBeforeUpgrade(null);
    db.close();
  });
});
