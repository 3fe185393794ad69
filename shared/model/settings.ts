import { z } from 'zod';

/**
 * The app's own settings, stored one row per key in the settings table. Each key has a schema and
 * a default: a value is checked before it is written, and a stored value that no longer fits (an
 * older build, a hand-edited backup) reads as the default instead of breaking the screen.
 */
export const SettingsSchema = z.object({
  /** Prefilled as the facilitator of a new workshop. */
  defaultFacilitator: z.string().trim().max(120, 'The facilitator’s name can be at most 120 characters').default(''),
  /** Whether a backup is made once a day on start. */
  dailyBackups: z.boolean('Daily backups must be switched on or off').default(true),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;

export const SETTING_KEYS = Object.keys(SettingsSchema.shape) as SettingKey[];
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export const isSettingKey = (key: unknown): key is SettingKey => typeof key === 'string' && (SETTING_KEYS as string[]).includes(key);

/** The schema of one setting's value. */
export function settingSchema<K extends SettingKey>(key: K): z.ZodType<Settings[K]> {
  return SettingsSchema.shape[key] as unknown as z.ZodType<Settings[K]>;
}

/** A stored row: a known key and a value that fits it. */
export const SettingRowSchema = z
  .object({ key: z.string().min(1, 'A setting needs a name').max(100, 'Setting names are at most 100 characters'), value: z.unknown() })
  .superRefine((row, ctx) => {
    if (!isSettingKey(row.key)) {
      ctx.addIssue({ code: 'custom', path: ['key'], message: `“${row.key}” is not a setting this version of Common Ground knows` });
      return;
    }
    const parsed = settingSchema(row.key).safeParse(row.value);
    if (!parsed.success) ctx.addIssue({ code: 'custom', path: ['value'], message: parsed.error.issues[0]?.message ?? `The value of “${row.key}” is not valid` });
  });

/** The value stored for a setting, or its default when nothing valid is stored. */
export function readSetting<K extends SettingKey>(key: K, stored: unknown): Settings[K] {
  const parsed = settingSchema(key).safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS[key];
}
