import { DEFAULT_SETTINGS, readSetting, SETTING_KEYS, SettingRowSchema, settingSchema, type SettingKey, type Settings } from '../../../../shared/model/settings';
import { db as defaultDb, type CommonGroundDb, type SettingRow } from '../database';
import { validOrThrow } from '../errors';

/** One setting; its default when nothing is stored or the stored value no longer fits its schema. */
export async function getSetting<K extends SettingKey>(key: K, database: CommonGroundDb = defaultDb): Promise<Settings[K]> {
  const row = await database.settings.get(key);
  return row === undefined ? DEFAULT_SETTINGS[key] : readSetting(key, row.value);
}

/** Every setting, each read as getSetting reads it. */
export async function getSettings(database: CommonGroundDb = defaultDb): Promise<Settings> {
  const rows = await database.settings.bulkGet(SETTING_KEYS);
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  SETTING_KEYS.forEach((key, i) => {
    const row = rows[i];
    if (row) settings[key] = readSetting(key, row.value);
  });
  return settings as Settings;
}

/** Stores a setting after checking it; an invalid value is refused with the schema's sentence. */
export async function saveSetting<K extends SettingKey>(key: K, value: Settings[K], database: CommonGroundDb = defaultDb): Promise<Settings[K]> {
  const valid = validOrThrow(settingSchema(key), value);
  await database.settings.put({ key, value: valid });
  return valid;
}

/** The rows of a backup worth restoring: known keys with valid values (the rest would read as defaults anyway). */
export function validSettingRows(rows: readonly unknown[]): SettingRow[] {
  return rows.flatMap((row) => {
    const parsed = SettingRowSchema.safeParse(row);
    return parsed.success ? [{ key: parsed.data.key, value: parsed.data.value }] : [];
  });
}
