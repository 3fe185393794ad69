import { z } from 'zod';
import type { Criterion } from '../../model/scoring';
import { DEFAULT_WON_VALUES, readDateDays, readNumber, numberFormatOf } from '../scoring/read-cell';

/**
 * How the columns of a CRM export become leads the scoring rules understand. One entry per CSV
 * column that is used; every other column is ignored. A column is one of:
 * - outcome: won when its text is one of `wonValues` (ignoring case), lost otherwise — or, with
 *   `wonWhen: 'filled'`, won when the cell holds anything (a "Became a Customer Date"), lost when blank; a blank
 *   outcome is no outcome, counted as not won (and counted apart: see RowTally.withoutOutcome);
 * - field: a lead field a criterion reads (e.g. "industry", "employees");
 * - event: how many times the lead did an event (a count, or yes/no meaning 1/0);
 * - created: the lead's created date, used for the months the file spans;
 * - daysSinceActivity: days without activity, for the model's engagement decay;
 * - crmScore: the score or grade the CRM gives leads today (HubSpot Score, Account Engagement's
 *   pi__score__c or pi__grade__c, Salesforce's Rating), to compare the workshop's model with
 *   (today-score.ts). Optional; at most one column.
 */
export const ColumnRoleSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('outcome') }),
  z.object({ role: z.literal('field'), name: z.string().trim().min(1, 'Give the field a name the criteria use').max(60, 'Field names are at most 60 characters') }),
  z.object({ role: z.literal('event'), name: z.string().trim().min(1, 'Give the event a name the criteria use').max(120, 'Event names are at most 120 characters') }),
  z.object({ role: z.literal('created') }),
  z.object({ role: z.literal('daysSinceActivity') }),
  z.object({ role: z.literal('crmScore') }),
]);
export type ColumnRole = z.infer<typeof ColumnRoleSchema>;

export const ColumnMappingSchema = z.object({
  column: z.string().min(1, 'Each mapped column needs its CSV header'),
  use: ColumnRoleSchema,
});
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

export { DEFAULT_WON_VALUES };

export const BacktestMappingSchema = z
  .object({
    columns: z.array(ColumnMappingSchema).max(500, 'At most 500 columns can be mapped'),
    /** Outcome texts that count as won, compared ignoring case and surrounding spaces. */
    wonValues: z.array(z.string().trim().min(1)).min(1, 'List at least one outcome value that means won').default(DEFAULT_WON_VALUES),
    /**
     * 'listed' (the default): won when the outcome text is one of wonValues. 'filled': won when the
     * outcome cell is not blank and lost when it is, for a date column such as HubSpot's "Became a Customer Date".
     */
    wonWhen: z.enum(['listed', 'filled']).optional(),
  })
  .superRefine((m, ctx) => {
    const outcomes = m.columns.filter((c) => c.use.role === 'outcome').length;
    if (outcomes !== 1) ctx.addIssue({ code: 'custom', path: ['columns'], message: outcomes === 0 ? 'Choose the column that holds the outcome (won or lost)' : 'Only one column can be the outcome' });
    const roleNames = { created: 'the created date', daysSinceActivity: 'the days since activity', crmScore: 'today’s CRM score or grade' } as const;
    for (const role of ['created', 'daysSinceActivity', 'crmScore'] as const) {
      if (m.columns.filter((c) => c.use.role === role).length > 1) ctx.addIssue({ code: 'custom', path: ['columns'], message: `Only one column can be ${roleNames[role]}` });
    }
    const seen = new Set<string>();
    const names = new Set<string>();
    for (const c of m.columns) {
      if (seen.has(c.column)) ctx.addIssue({ code: 'custom', path: ['columns'], message: `The column “${c.column}” is mapped twice` });
      seen.add(c.column);
      // The scoring rules find fields and events ignoring case, so two names differing only in case would collide.
      if (c.use.role === 'field' || c.use.role === 'event') {
        const key = `${c.use.role}:${c.use.name.trim().toLowerCase()}`;
        if (names.has(key)) ctx.addIssue({ code: 'custom', path: ['columns'], message: `Two columns are both mapped to the ${c.use.role} “${c.use.name}”; map only one` });
        names.add(key);
      }
    }
  });
export type BacktestMapping = z.infer<typeof BacktestMappingSchema>;

export type ColumnType = 'empty' | 'number' | 'boolean' | 'date' | 'text';

const BOOLEAN_WORDS = new Set(['true', 'false', 'yes', 'no', 'y', 'n']);

/** Days since 1970-01-01 for an ISO date (YYYY-MM-DD, optionally with a time), or NaN: the lead reader's date cell. */
export const parseDateDays = readDateDays;

/**
 * The type most of a column's sample values share; blanks are ignored, any stray text makes it
 * text. "number" means every value reads as a number the way "between" criteria read it (read-cell.ts).
 */
export function detectColumnType(values: readonly string[], locale?: string): ColumnType {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length === 0) return 'empty';
  const format = numberFormatOf(locale);
  if (filled.every((v) => readNumber(v, format) !== null)) return 'number';
  if (filled.every((v) => BOOLEAN_WORDS.has(v.toLowerCase()))) return 'boolean';
  if (filled.every((v) => Number.isFinite(parseDateDays(v)))) return 'date';
  return 'text';
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The field names and event names the criteria read, each listed once. */
export function criteriaInputs(criteria: readonly Criterion[]): { fields: string[]; events: string[] } {
  const fields = new Set<string>();
  const events = new Set<string>();
  for (const c of criteria) {
    if (c.condition.op === 'event') events.add(c.condition.value);
    else fields.add(c.condition.field);
  }
  return { fields: [...fields], events: [...events] };
}

/**
 * A first guess at the mapping from the headers and a few sample rows: a header that names a
 * criterion's field or event (ignoring case, spaces and punctuation) is mapped to it; a header
 * such as "outcome", "status" or "won" becomes the outcome; "created" dates become the created date.
 */
export function suggestMapping(headers: readonly string[], criteria: readonly Criterion[], sample: readonly string[][] = []): BacktestMapping {
  const { fields, events } = criteriaInputs(criteria);
  const columns: ColumnMapping[] = [];
  let hasOutcome = false;
  let hasCreated = false;
  headers.forEach((header, i) => {
    const key = squash(header);
    const type = detectColumnType(sample.map((row) => row[i] ?? ''));
    const field = fields.find((f) => squash(f) === key);
    const event = events.find((e) => squash(e) === key || `${squash(e)}s` === key || squash(e) === `${key}count` || `${squash(e)}count` === key);
    if (field) columns.push({ column: header, use: { role: 'field', name: field } });
    else if (event) columns.push({ column: header, use: { role: 'event', name: event } });
    else if (!hasOutcome && /^(outcome|status|result|won|stage|dealstatus|converted)$/.test(key)) {
      columns.push({ column: header, use: { role: 'outcome' } });
      hasOutcome = true;
    } else if (!hasCreated && type === 'date' && /created|date/.test(key)) {
      columns.push({ column: header, use: { role: 'created' } });
      hasCreated = true;
    } else if (/dayssince|inactive/.test(key) && type === 'number') columns.push({ column: header, use: { role: 'daysSinceActivity' } });
  });
  return { columns, wonValues: DEFAULT_WON_VALUES };
}
