import type { SampleLead } from '../../model/scoring';
import { numberFormatOf } from '../scoring/read-cell';
import { RowTally, skipReason, type LeadReadOptions } from '../scoring/read-lead';
import { CellMemo, FieldDictionary, countParser, outcomeParser, parseCreated } from './cell-memo';
import type { BacktestMapping } from './mapping';

export { MAX_LISTED_REJECTS, type RejectedRow } from '../scoring/read-lead';

/**
 * Historical leads in columnar form: one typed array per mapped column, so a million rows fit
 * in a few tens of megabytes, can be stored in IndexedDB as they are and scored in a tight loop.
 * Field values are dictionary-encoded: `codes[i]` is 0 when row i left the cell blank, else
 * 1 + the index of its (trimmed) text in `dict`.
 */
export interface FieldColumn {
  name: string;
  dict: string[];
  codes: Uint32Array;
}

export interface EventColumn {
  name: string;
  counts: Int32Array;
}

/**
 * The CRM's own score or grade of each lead (mapping role crmScore), dictionary-encoded like a
 * field: `codes[i]` is 0 for a blank cell, else 1 + the index of its trimmed text in `dict`. The
 * texts are read as numbers or grades only when compared (today-score.ts), so the column costs
 * 4 bytes a row and its few distinct values are read once.
 */
export interface CrmScoreColumn {
  /** The CSV header, e.g. "HubSpot Score" or "pi__grade__c". */
  column: string;
  dict: string[];
  codes: Uint32Array;
}

export interface LeadTable {
  rowCount: number;
  /** 1 = won, 0 = lost. */
  won: Uint8Array;
  fields: FieldColumn[];
  events: EventColumn[];
  /** Days since 1970-01-01 of each lead's created date (NaN when blank); null when not mapped. */
  createdDays: Float64Array | null;
  /** Days without activity, 0 when blank; null when not mapped. */
  daysSinceActivity: Int32Array | null;
  /** Today's CRM score or grade; null (or missing, in tables stored before it existed) when not mapped. */
  crmScore?: CrmScoreColumn | null;
}

/** The mapped columns the file lacks, as sentences; empty when the mapping fits the headers. */
export function mappingProblems(headers: readonly string[], mapping: BacktestMapping): string[] {
  const present = new Set(headers);
  return mapping.columns.filter((c) => !present.has(c.column)).map((c) => `The file has no column “${c.column}”`);
}

function grow<T extends Uint8Array | Uint32Array | Int32Array | Float64Array>(array: T, size: number): T {
  if (array.length >= size) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

interface FieldBuilder {
  name: string;
  index: number;
  dictionary: FieldDictionary;
  codes: Uint32Array;
}

/**
 * Turns parsed CSV rows into a LeadTable with the lead reader's cell readers (scoring/read-cell.ts).
 * Bad rows are counted and the first 20 are kept with their spreadsheet row numbers (the header is
 * row 1; quoted line breaks inside a cell are not counted); they never stop the import. A blank
 * outcome is no outcome, counted as not won (and counted in `withoutOutcome`). Field cells stay
 * text: the criteria read them when they match. Used by the app's worker and by the CLI, so both
 * read a file the same way. Every distinct cell text is converted once (see CellMemo): the rows of
 * a CRM export repeat a handful of values, so a row costs a few Map lookups.
 */
export class LeadTableBuilder extends RowTally {
  private size = 0;
  private capacity = 1024;
  private won = new Uint8Array(this.capacity);
  private readonly outcomeIndex: number;
  private readonly outcomes: CellMemo;
  private readonly counts: CellMemo;
  private readonly dates = new CellMemo(parseCreated);
  private readonly fieldBuilders: FieldBuilder[];
  private readonly eventBuilders: { name: string; index: number; counts: Int32Array }[];
  private readonly createdIndex: number;
  private readonly daysIndex: number;
  private readonly crm: { column: string; index: number; dictionary: FieldDictionary; codes: Uint32Array } | null;
  private created: Float64Array | null;
  private days: Int32Array | null;

  constructor(
    private readonly headers: readonly string[],
    mapping: BacktestMapping,
    /** The agreement's locale, for counts written with grouping marks; the won values come from the mapping. */
    options: Pick<LeadReadOptions, 'locale'> = {},
  ) {
    super('row');
    this.counts = new CellMemo(countParser(numberFormatOf(options.locale)));
    const indexOf = (column: string) => headers.indexOf(column);
    const outcome = mapping.columns.find((c) => c.use.role === 'outcome');
    this.outcomeIndex = outcome ? indexOf(outcome.column) : -1;
    this.outcomes = new CellMemo(outcomeParser(mapping.wonValues, mapping.wonWhen));
    this.fieldBuilders = mapping.columns.flatMap((c) => (c.use.role === 'field' && indexOf(c.column) >= 0 ? [{ name: c.use.name, index: indexOf(c.column), dictionary: new FieldDictionary(), codes: new Uint32Array(this.capacity) }] : []));
    this.eventBuilders = mapping.columns.flatMap((c) => (c.use.role === 'event' && indexOf(c.column) >= 0 ? [{ name: c.use.name, index: indexOf(c.column), counts: new Int32Array(this.capacity) }] : []));
    const created = mapping.columns.find((c) => c.use.role === 'created');
    const days = mapping.columns.find((c) => c.use.role === 'daysSinceActivity');
    this.createdIndex = created ? indexOf(created.column) : -1;
    this.daysIndex = days ? indexOf(days.column) : -1;
    this.created = this.createdIndex >= 0 ? new Float64Array(this.capacity) : null;
    this.days = this.daysIndex >= 0 ? new Int32Array(this.capacity) : null;
    const crm = mapping.columns.find((c) => c.use.role === 'crmScore');
    const crmIndex = crm ? indexOf(crm.column) : -1;
    this.crm = crm && crmIndex >= 0 ? { column: crm.column, index: crmIndex, dictionary: new FieldDictionary(), codes: new Uint32Array(this.capacity) } : null;
  }

  /** The header positions the table reads; a reader may leave every other cell unset. */
  get neededColumns(): number[] {
    const needed = new Set([this.outcomeIndex, this.createdIndex, this.daysIndex, this.crm?.index ?? -1, ...this.fieldBuilders.map((f) => f.index), ...this.eventBuilders.map((e) => e.index)]);
    needed.delete(-1);
    return [...needed].sort((a, b) => a - b);
  }

  get headerCount(): number {
    return this.headers.length;
  }

  /**
   * Adds one data row; `line` is its spreadsheet row number. A wholly blank line is skipped.
   * `count` is the number of cells the row really has, when `cells` is a reused buffer holding
   * only the needed ones (see neededColumns).
   */
  add(cells: readonly string[], line: number, count = cells.length): void {
    if (count === 1 && cells[0].trim() === '') return;
    this.rowsRead += 1;
    if (count !== this.headers.length) return this.reject(line, skipReason.width(count, this.headers.length));
    const outcome = this.outcomes.get(cells[this.outcomeIndex] ?? '');
    if (this.size === this.capacity) this.ensureCapacity(this.size + 1);
    // Values go straight into the next free slot; the slot only counts once the whole row is valid.
    const i = this.size;
    const events = this.eventBuilders;
    for (let k = 0; k < events.length; k++) {
      const e = events[k];
      const text = cells[e.index];
      // A single digit, by far the commonest count, needs no lookup at all.
      const digit = text.length === 1 ? text.charCodeAt(0) - 48 : -1;
      const n = digit >= 0 && digit <= 9 ? digit : this.counts.get(text);
      if (n !== n) return this.reject(line, skipReason.count(text, this.headers[e.index]));
      e.counts[i] = n < 2_147_483_647 ? n : 2_147_483_647;
    }
    let createdDay = Number.NaN;
    if (this.created) {
      createdDay = this.dates.get(cells[this.createdIndex]);
      if (createdDay === Number.NEGATIVE_INFINITY) return this.reject(line, skipReason.date(cells[this.createdIndex], this.headers[this.createdIndex]));
    }
    let inactiveDays = 0;
    if (this.days) {
      inactiveDays = this.counts.get(cells[this.daysIndex]);
      if (inactiveDays !== inactiveDays) return this.reject(line, skipReason.days(cells[this.daysIndex], this.headers[this.daysIndex]));
    }
    this.size = i + 1;
    this.won[i] = outcome > 0 ? 1 : 0;
    if (outcome < 0) this.withoutOutcome += 1;
    const fields = this.fieldBuilders;
    for (let k = 0; k < fields.length; k++) fields[k].codes[i] = fields[k].dictionary.code(cells[fields[k].index]);
    if (this.created) this.created[i] = createdDay;
    if (this.days) this.days[i] = Math.min(inactiveDays, 2_147_483_647);
    // Today's score never rejects a row: a text that reads as no score is counted apart when compared.
    if (this.crm) this.crm.codes[i] = this.crm.dictionary.code(cells[this.crm.index]);
  }

  private ensureCapacity(size: number): void {
    if (size <= this.capacity) return;
    this.capacity = Math.max(size, this.capacity * 2);
    this.won = grow(this.won, this.capacity);
    for (const f of this.fieldBuilders) f.codes = grow(f.codes, this.capacity);
    for (const e of this.eventBuilders) e.counts = grow(e.counts, this.capacity);
    if (this.created) this.created = grow(this.created, this.capacity);
    if (this.days) this.days = grow(this.days, this.capacity);
    if (this.crm) this.crm.codes = grow(this.crm.codes, this.capacity);
  }

  /** The table, with arrays trimmed to the rows kept (copies, so they can be transferred). */
  finish(): LeadTable {
    const n = this.size;
    return {
      rowCount: n,
      won: this.won.slice(0, n),
      fields: this.fieldBuilders.map((f) => ({ name: f.name, dict: f.dictionary.dict, codes: f.codes.slice(0, n) })),
      events: this.eventBuilders.map((e) => ({ name: e.name, counts: e.counts.slice(0, n) })),
      createdDays: this.created ? this.created.slice(0, n) : null,
      daysSinceActivity: this.days ? this.days.slice(0, n) : null,
      ...(this.crm ? { crmScore: { column: this.crm.column, dict: this.crm.dictionary.dict, codes: this.crm.codes.slice(0, n) } } : {}),
    };
  }
}

/** Row i as the lead the scoring rules take (blank fields left out), so scoreLead can check the fast path. */
export function rowToLead(table: LeadTable, i: number): SampleLead {
  const fields: Record<string, string> = {};
  for (const f of table.fields) if (f.codes[i] > 0) fields[f.name] = f.dict[f.codes[i] - 1];
  const events: Record<string, number> = {};
  for (const e of table.events) events[e.name] = e.counts[i];
  return {
    id: `row-${i}`,
    name: `Row ${i + 1}`,
    fields,
    events,
    daysSinceActivity: table.daysSinceActivity ? table.daysSinceActivity[i] : 0,
    outcome: table.won[i] ? 'won' : 'lost',
  };
}

/** Months the leads span by created date (at least 1), or null when there are no dates. */
export function spanMonths(table: LeadTable): number | null {
  const days = table.createdDays;
  if (!days) return null;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    if (d < min) min = d;
    if (d > max) max = d;
  }
  if (!Number.isFinite(min)) return null;
  return Math.max(1, (max - min + 1) / (365.25 / 12));
}
