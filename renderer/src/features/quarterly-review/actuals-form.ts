import { ActualsSchema, QuarterActualsSchema, type Actuals, type QuarterActuals } from '../../../../shared/model/review';
import { parseMoneyToCents } from '../../../../shared/rules/money';
import { DEFAULT_LOCALE, readDecimal, readPercent, writeDecimal } from '../../../../shared/rules/numbers';

/** The quarter figures a leader types, in the order they appear on the form. */
export const ACTUAL_FIELDS: { key: keyof Actuals; label: string; unit: 'count' | 'money' | 'hours' | 'percent'; optional?: boolean }[] = [
  { key: 'mqlsDelivered', label: 'MQLs delivered', unit: 'count' },
  { key: 'sqls', label: 'SQLs', unit: 'count' },
  { key: 'deals', label: 'Deals won', unit: 'count' },
  { key: 'revenueCents', label: 'Revenue', unit: 'money' },
  { key: 'medianFirstContactHours', label: 'Median time to first contact (hours)', unit: 'hours' },
  { key: 'acceptedWithin24hPercent', label: 'MQLs accepted or rejected within 24 h (%)', unit: 'percent' },
  { key: 'sals', label: 'SALs', unit: 'count', optional: true },
  { key: 'pipelineCents', label: 'Pipeline', unit: 'money', optional: true },
  { key: 'medianAcceptHours', label: 'Median time to accept or reject (hours)', unit: 'hours', optional: true },
  { key: 'rejectedMqlPercent', label: 'MQLs rejected (%)', unit: 'percent', optional: true },
];

/**
 * A figure typed in the agreement's locale ("1,500" in en-US, "1.500" or "12,5" in de-DE; the app's
 * one number reader). Empty stays "no data"; text that is not a plain decimal number ("lots",
 * "0x10", "1e3", "Infinity") stays NaN so the schema names the problem and nothing is saved.
 */
export function toNumber(text: string, locale: string = DEFAULT_LOCALE, read: typeof readDecimal = readDecimal): number | null {
  if (text.trim() === '') return null;
  return read(text, locale) ?? Number.NaN;
}

/**
 * Money is typed as people write it ("1.05M", "$1,250,000", "980k" — the same reader as Shared
 * goals) and stored in whole cents; a percentage may carry its sign ("92 %"); text that is not
 * an amount or a number stays NaN so the schema names it.
 */
export function toStored(unit: string, text: string, locale: string = DEFAULT_LOCALE): number | null {
  if (unit === 'percent') return toNumber(text, locale, readPercent);
  if (unit !== 'money') return toNumber(text, locale);
  if (text.trim() === '') return null;
  return parseMoneyToCents(text, locale) ?? Number.NaN;
}

/** A saved figure as text to edit, written the locale's way so that it reads back the same ("1250000,5" in de-DE). */
export function toText(unit: string, value: number | null | undefined, locale: string = DEFAULT_LOCALE): string {
  if (value === null || value === undefined) return '';
  return writeDecimal(unit === 'money' ? value / 100 : value, locale);
}

export type FormText = { actuals: Record<string, string>; perCommitment: Record<string, string>; notes: string };

export function initialText(entry: QuarterActuals | undefined, locale?: string): FormText {
  const actuals: Record<string, string> = {};
  for (const f of ACTUAL_FIELDS) actuals[f.key] = toText(f.unit, entry?.actuals[f.key], locale);
  const perCommitment: Record<string, string> = {};
  for (const [id, v] of Object.entries(entry?.perCommitment ?? {})) perCommitment[id] = toText('count', v, locale);
  return { actuals, perCommitment, notes: entry?.notes ?? '' };
}

/** The message for one figure, or null when it is fine (checked as the person types). */
export function fieldError(key: keyof Actuals, unit: string, text: string, locale?: string): string | null {
  const parsed = ActualsSchema.shape[key].safeParse(toStored(unit, text, locale));
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Not valid');
}

/** Builds and validates the whole entry; errors are keyed "actuals.<key>", "perCommitment.<id>" or "notes". */
export function buildEntry(versionId: string, quarter: string, text: FormText, locale?: string): { entry: QuarterActuals | null; errors: Record<string, string> } {
  const actuals: Record<string, number | null> = {};
  for (const f of ACTUAL_FIELDS) actuals[f.key] = toStored(f.unit, text.actuals[f.key] ?? '', locale);
  const perCommitment: Record<string, number | null> = {};
  for (const [id, t] of Object.entries(text.perCommitment)) perCommitment[id] = toNumber(t, locale);
  const parsed = QuarterActualsSchema.safeParse({ versionId, quarter, actuals, perCommitment, notes: text.notes, enteredAt: new Date().toISOString() });
  if (parsed.success) return { entry: parsed.data, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.slice(0, 2).join('.');
    errors[key] ??= issue.message;
  }
  return { entry: null, errors };
}
