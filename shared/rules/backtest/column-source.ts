import type { Condition, SampleLead } from '../../model/scoring';
import { matchCount } from '../scoring/match';
import type { LeadTable } from './table';

/**
 * One column of a LeadTable seen as a small integer key per row, so that anything a criterion
 * does to a row can be written as a table over keys and applied with one tight loop:
 * - a field column: the key is the dictionary code (0 = blank);
 * - an event column: the key is the count, clamped to 100 (the most any condition counts).
 */
export const MAX_EVENT_KEY = 100;

const norm = (s: string) => s.trim().toLocaleLowerCase('en');

/** The column a name refers to: exact first, then ignoring case, as leadField/eventCount do. */
function findByName<T extends { name: string }>(columns: readonly T[], name: string): T | undefined {
  return columns.find((c) => c.name === name) ?? columns.find((c) => norm(c.name) === norm(name));
}

const probeLead = (field: string, value: string): SampleLead => ({ id: 'probe', name: 'probe', fields: { [field]: value }, events: {}, daysSinceActivity: 0, outcome: 'open' });

export class ColumnSource {
  /** Number of distinct keys. */
  readonly size: number;
  private histogram: { rows: Float64Array; won: Float64Array } | null = null;

  constructor(
    readonly kind: 'field' | 'event',
    readonly name: string,
    /** Field codes, or raw event counts (clamped when read). */
    readonly values: Uint32Array | Int32Array,
    private readonly dict: readonly string[],
  ) {
    this.size = kind === 'field' ? dict.length + 1 : MAX_EVENT_KEY + 1;
  }

  /** How often a row with each key matches `condition` (what matchCount would say for that row, numbers read in `locale`). */
  matchesByKey(condition: Condition, locale?: string): Uint8Array {
    const out = new Uint8Array(this.size);
    if (condition.op === 'event') {
      const limit = condition.repeat === 'each' ? Math.max(1, condition.maxCount) : 1;
      for (let k = 1; k < this.size; k++) out[k] = k < limit ? k : limit;
    } else {
      // Each distinct value is judged once by matchCount itself.
      for (let k = 1; k < this.size; k++) out[k] = matchCount(condition, probeLead(this.name, this.dict[k - 1]), locale);
    }
    return out;
  }

  /** Adds delta[key of row i] to target[i] for every row: the one loop a change of points costs. */
  addByKey(target: Int32Array, delta: Int32Array): void {
    const values = this.values;
    const n = values.length;
    if (this.kind === 'field') {
      for (let i = 0; i < n; i++) target[i] += delta[values[i]];
    } else {
      for (let i = 0; i < n; i++) {
        const c = values[i];
        target[i] += delta[c <= 0 ? 0 : c < MAX_EVENT_KEY ? c : MAX_EVENT_KEY];
      }
    }
  }

  /** Rows and won rows per key, counted once: the evidence of any condition on this column follows from it. */
  rowsByKey(won: Uint8Array): { rows: Float64Array; won: Float64Array } {
    if (this.histogram) return this.histogram;
    const rows = new Float64Array(this.size);
    const wonRows = new Float64Array(this.size);
    const values = this.values;
    const field = this.kind === 'field';
    for (let i = 0; i < values.length; i++) {
      const c = values[i];
      const key = field ? c : c <= 0 ? 0 : c < MAX_EVENT_KEY ? c : MAX_EVENT_KEY;
      rows[key]++;
      wonRows[key] += won[i];
    }
    this.histogram = { rows, won: wonRows };
    return this.histogram;
  }
}

/** The column a condition reads, or null when the table has no such column (the condition never matches). */
export function sourceFor(table: LeadTable, condition: Condition, sources: Map<object, ColumnSource>): ColumnSource | null {
  const column = condition.op === 'event' ? findByName(table.events, condition.value) : findByName(table.fields, condition.field);
  if (!column) return null;
  let source = sources.get(column);
  if (!source) {
    source = 'codes' in column ? new ColumnSource('field', column.name, column.codes, column.dict) : new ColumnSource('event', column.name, column.counts, []);
    sources.set(column, source);
  }
  return source;
}
