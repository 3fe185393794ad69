import { z } from 'zod';
import { SampleLeadSchema, type SampleLead } from '../../model/scoring';
import { outcomeReader, readCount, numberFormatOf, type NumberFormat, type OutcomeReading } from './read-cell';

/**
 * Reading leads, row by row, the same way in every path (see read-cell.ts for single cells):
 * cells stay the text they were written with; a row that cannot be read is skipped and listed with
 * its spreadsheet row number (the header is row 1, the first lead row 2); a blank outcome is no
 * outcome, counted as not won. LeadListBuilder reads `cli score`'s CSV convention into sample
 * leads; the backtest's LeadTableBuilder (backtest/table.ts) reads a mapped CSV into columns with
 * the same cell readers, reasons and tally.
 */

export interface LeadReadOptions {
  /** The agreement's locale: how numbers and counts are written (default en-US). */
  locale?: string;
  /** Outcome texts meaning won, ignoring case (DEFAULT_WON_VALUES when left out). */
  wonValues?: readonly string[];
}

export interface RejectedRow {
  /** The spreadsheet row number (header = 1), or for a JSON leads file the lead's position (first = 1). */
  line: number;
  reason: string;
}

export const MAX_LISTED_REJECTS = 20;

/** Why a row is skipped, worded once for every reader. */
export const skipReason = {
  width: (count: number, headerCount: number) => `has ${count} values but the header has ${headerCount}`,
  count: (text: string, column: string) => `“${text}” in “${column}” is not a count`,
  days: (text: string, column: string) => `“${text}” in “${column}” is not a number of days`,
  date: (text: string, column: string) => `“${text}” in “${column}” is not a date (YYYY-MM-DD)`,
  name: (column: string) => `has no name in “${column}”`,
  unreadable: (message: string) => `could not be read: ${message}`,
};

/** What reading a file came to: rows read, rows skipped (the first 20 listed, all counted), rows without an outcome. */
export class RowTally {
  rowsRead = 0;
  rejectedCount = 0;
  readonly rejected: RejectedRow[] = [];
  /** Rows kept whose outcome was blank: no outcome, counted as not won. */
  withoutOutcome = 0;

  constructor(
    /** What `line` counts: spreadsheet rows of a CSV, or leads of a JSON file. */
    readonly unit: 'row' | 'lead' = 'row',
  ) {}

  /** Skips a row with its reason (also for rows the CSV parser itself could not read). */
  reject(line: number, reason: string): void {
    this.rejectedCount += 1;
    if (this.rejected.length < MAX_LISTED_REJECTS) this.rejected.push({ line, reason });
  }
}

const EVENT_PREFIX = 'event:';
const RESERVED = new Set(['name', 'id', 'daysSinceActivity', 'outcome']);

/** The outcome a sample lead stores for a reading; "none" (blank) is stored as open, i.e. not won. */
const SAMPLE_OUTCOME: Record<OutcomeReading, SampleLead['outcome']> = { won: 'won', lost: 'lost', open: 'open', none: 'open' };

interface Column {
  index: number;
  header: string;
  /** The field or event name the criteria use. */
  name: string;
}

/** The header problem that makes a file unreadable as `cli score` leads, or null. */
export function leadListHeaderProblem(headers: readonly string[]): string | null {
  return headers.some((h) => h.trim() === 'name') ? null : 'The CSV needs a "name" column';
}

/**
 * `cli score`'s CSV convention: `name` (required), optional `id`, `daysSinceActivity` and
 * `outcome`; a column `event:<name>` holds how often the lead did that event; every other
 * column is a lead field, kept as its trimmed text (blank cells are left out).
 */
export class LeadListBuilder extends RowTally {
  readonly leads: SampleLead[] = [];
  private readonly format: NumberFormat;
  private readonly outcome: (text: string) => OutcomeReading;
  private readonly at: Record<'name' | 'id' | 'daysSinceActivity' | 'outcome', number>;
  private readonly fields: Column[] = [];
  private readonly events: Column[] = [];

  constructor(
    private readonly headers: readonly string[],
    options: LeadReadOptions = {},
  ) {
    super('row');
    this.format = numberFormatOf(options.locale);
    this.outcome = outcomeReader(options.wonValues);
    const trimmed = headers.map((h) => h.trim());
    this.at = { name: trimmed.indexOf('name'), id: trimmed.indexOf('id'), daysSinceActivity: trimmed.indexOf('daysSinceActivity'), outcome: trimmed.indexOf('outcome') };
    trimmed.forEach((header, index) => {
      if (RESERVED.has(header)) return;
      if (header.toLowerCase().startsWith(EVENT_PREFIX)) this.events.push({ index, header, name: header.slice(EVENT_PREFIX.length).trim() });
      else this.fields.push({ index, header, name: header });
    });
  }

  /** Adds one data row; `line` is its spreadsheet row number. A wholly blank line is skipped. */
  add(cells: readonly string[], line: number): void {
    if (cells.length === 1 && cells[0].trim() === '') return;
    this.rowsRead += 1;
    if (cells.length !== this.headers.length) return this.reject(line, skipReason.width(cells.length, this.headers.length));
    const cell = (i: number) => (i < 0 ? '' : cells[i].trim());
    const name = cell(this.at.name);
    if (name === '') return this.reject(line, skipReason.name(this.headers[this.at.name]?.trim() ?? 'name'));
    const events: Record<string, number> = {};
    for (const e of this.events) {
      const text = cell(e.index);
      if (text === '') continue;
      const n = readCount(text, this.format);
      if (n === null) return this.reject(line, skipReason.count(text, e.header));
      events[e.name] = n;
    }
    const daysText = cell(this.at.daysSinceActivity);
    const days = readCount(daysText, this.format);
    if (days === null) return this.reject(line, skipReason.days(daysText, 'daysSinceActivity'));
    const fields: Record<string, string> = {};
    for (const f of this.fields) {
      const text = cell(f.index);
      if (text !== '') fields[f.name] = text;
    }
    const outcome = this.outcome(cell(this.at.outcome));
    if (outcome === 'none') this.withoutOutcome += 1;
    this.leads.push({ id: cell(this.at.id) || `row-${line}`, name, fields, events, daysSinceActivity: days, outcome: SAMPLE_OUTCOME[outcome] });
  }
}

/**
 * A JSON leads file: an array of leads, or `{ "leads": [...] }`, each {name, fields, events,
 * daysSinceActivity, outcome}. Missing ids become `lead-<n>`; outcomes are read like CSV ones
 * (ignoring case, blank = no outcome); a lead that does not fit is skipped with its position.
 * Throws only when the file is not a list of leads at all.
 */
export function leadsFromJson(json: unknown, options: LeadReadOptions = {}): { leads: SampleLead[]; tally: RowTally } {
  const list = Array.isArray(json) ? json : z.object({ leads: z.array(z.unknown()) }).safeParse(json).data?.leads;
  if (!list) throw new Error('A leads JSON file must be an array of leads or an object with a "leads" array');
  const tally = new RowTally('lead');
  const outcome = outcomeReader(options.wonValues);
  const leads: SampleLead[] = [];
  list.forEach((item, i) => {
    tally.rowsRead += 1;
    let candidate = item;
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      const record = item as Record<string, unknown>;
      const reading = typeof record.outcome === 'string' || record.outcome === undefined ? outcome(String(record.outcome ?? '')) : null;
      if (reading === 'none') tally.withoutOutcome += 1;
      candidate = { ...record, id: record.id ?? `lead-${i + 1}`, ...(reading ? { outcome: SAMPLE_OUTCOME[reading] } : {}) };
    }
    const parsed = SampleLeadSchema.safeParse(candidate);
    if (parsed.success) return void leads.push(parsed.data);
    const issue = parsed.error.issues[0];
    tally.reject(i + 1, `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
  });
  return { leads, tally };
}
