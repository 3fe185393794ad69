import { ActualsSchema, QuarterActualsSchema, type Actuals, type QuarterActuals } from '../../../../shared/model/review';

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

/** Empty stays "no data"; text that is not a number stays NaN so the schema names the problem. */
export function toNumber(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  return Number(trimmed);
}

/** Money is typed in units (12,500.50) and stored in whole cents. */
export function toStored(unit: string, text: string): number | null {
  const n = toNumber(text);
  if (n === null || unit !== 'money' || !Number.isFinite(n)) return n;
  return Math.round(n * 100);
}

export function toText(unit: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return unit === 'money' ? String(value / 100) : String(value);
}

export type FormText = { actuals: Record<string, string>; perCommitment: Record<string, string>; notes: string };

export function initialText(entry: QuarterActuals | undefined): FormText {
  const actuals: Record<string, string> = {};
  for (const f of ACTUAL_FIELDS) actuals[f.key] = toText(f.unit, entry?.actuals[f.key]);
  const perCommitment: Record<string, string> = {};
  for (const [id, v] of Object.entries(entry?.perCommitment ?? {})) perCommitment[id] = toText('count', v);
  return { actuals, perCommitment, notes: entry?.notes ?? '' };
}

/** The message for one figure, or null when it is fine (checked as the person types). */
export function fieldError(key: keyof Actuals, unit: string, text: string): string | null {
  const parsed = ActualsSchema.shape[key].safeParse(toStored(unit, text));
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Not valid');
}

/** Builds and validates the whole entry; errors are keyed "actuals.<key>", "perCommitment.<id>" or "notes". */
export function buildEntry(versionId: string, quarter: string, text: FormText): { entry: QuarterActuals | null; errors: Record<string, string> } {
  const actuals: Record<string, number | null> = {};
  for (const f of ACTUAL_FIELDS) actuals[f.key] = toStored(f.unit, text.actuals[f.key] ?? '');
  const perCommitment: Record<string, number | null> = {};
  for (const [id, t] of Object.entries(text.perCommitment)) perCommitment[id] = toNumber(t);
  const parsed = QuarterActualsSchema.safeParse({ versionId, quarter, actuals, perCommitment, notes: text.notes, enteredAt: new Date().toISOString() });
  if (parsed.success) return { entry: parsed.data, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.slice(0, 2).join('.');
    errors[key] ??= issue.message;
  }
  return { entry: null, errors };
}
