import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommonGroundDb } from '../../../../renderer/src/db/database';
import { exportDatabase, restoreBackup } from '../../../../renderer/src/db/repositories/backup';
import { getSetting, getSettings, saveSetting } from '../../../../renderer/src/db/repositories/settings';
import { DEFAULT_SETTINGS, SettingRowSchema } from '../../../../shared/model/settings';
import { dump, freshDb, input } from './helpers';
import { createWorkshop } from '../../../../renderer/src/db/repositories/workshops';

let db: CommonGroundDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('settings are checked on write', () => {
  it('stores a valid value and reads it back', async () => {
    await saveSetting('defaultFacilitator', '  Riley  ', db);
    await saveSetting('dailyBackups', false, db);
    expect(await getSettings(db)).toEqual({ defaultFacilitator: 'Riley', dailyBackups: false });
  });

  it('refuses a value of the wrong type or size with a sentence, storing nothing', async () => {
    const before = await dump(db);
    await expect(saveSetting('dailyBackups', 'sometimes' as unknown as boolean, db)).rejects.toThrow(/Daily backups must be switched on or off/);
    await expect(saveSetting('defaultFacilitator', 'x'.repeat(121), db)).rejects.toThrow(/at most 120 characters/);
    expect(await dump(db)).toBe(before);
  });

  it('describes a row with an unknown key or a bad value', () => {
    expect(SettingRowSchema.safeParse({ key: 'dailyBackups', value: true }).success).toBe(true);
    expect(SettingRowSchema.safeParse({ key: 'colourScheme', value: 'teal' }).error?.issues[0]?.message).toMatch(/not a setting this version/);
    expect(SettingRowSchema.safeParse({ key: 'dailyBackups', value: 3 }).error?.issues[0]?.message).toMatch(/switched on or off/);
  });
});

describe('settings are checked on read', () => {
  it('reads a stored value that no longer fits as the default, without failing', async () => {
    await db.settings.bulkPut([
      { key: 'dailyBackups', value: 'yes please' },
      { key: 'defaultFacilitator', value: { name: 'Riley' } },
    ]);
    expect(await getSetting('dailyBackups', db)).toBe(DEFAULT_SETTINGS.dailyBackups);
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('gives the defaults when nothing is stored', async () => {
    expect(await getSettings(db)).toEqual({ defaultFacilitator: '', dailyBackups: true });
  });
});

describe('settings in a restored backup', () => {
  it('restores the valid rows and leaves out unknown keys and bad values', async () => {
    await createWorkshop(input('Acme'), { kind: 'template' }, db);
    await db.settings.bulkPut([
      { key: 'defaultFacilitator', value: 'Riley' },
      { key: 'dailyBackups', value: 'often' },
      { key: 'colourScheme', value: 'teal' },
    ]);
    const backup = await exportDatabase(db);
    await db.settings.clear();
    await restoreBackup(backup, db);
    expect(await db.settings.toArray()).toEqual([{ key: 'defaultFacilitator', value: 'Riley' }]);
  });
});
