import { describe, expect, it } from 'vitest';
import { LeadTableBuilder, mappingProblems, rowToLead, spanMonths, type BacktestMapping } from '../../../../shared/rules/backtest';
import { tableFrom } from './helpers';

const MAPPING: BacktestMapping = {
  columns: [
    { column: 'industry', use: { role: 'field', name: 'industry' } },
    { column: 'demos', use: { role: 'event', name: 'demo request' } },
    { column: 'created', use: { role: 'created' } },
    { column: 'status', use: { role: 'outcome' } },
  ],
  wonValues: ['Won', 'closed won'],
};
const HEADER = ['id', 'industry', 'demos', 'created', 'status'];

describe('LeadTableBuilder', () => {
  it('stores rows in columns with a dictionary per field', () => {
    const { table, builder } = tableFrom(
      [HEADER, ['1', 'Software', '2', '2024-01-01', 'won'], ['2', ' Software ', 'yes', '2024-12-31', 'Lost'], ['3', '', '', '', 'Closed Won']],
      MAPPING,
    );
    expect(builder.rowsRead).toBe(3);
    expect(builder.rejectedCount).toBe(0);
    expect(table.rowCount).toBe(3);
    expect(Array.from(table.won)).toEqual([1, 0, 1]);
    expect(table.fields[0].dict).toEqual(['Software']);
    expect(Array.from(table.fields[0].codes)).toEqual([1, 1, 0]);
    expect(Array.from(table.events[0].counts)).toEqual([2, 1, 0]);
    expect(rowToLead(table, 2).fields).toEqual({});
    expect(rowToLead(table, 0)).toMatchObject({ fields: { industry: 'Software' }, events: { 'demo request': 2 }, outcome: 'won' });
    // 2024-01-01 … 2024-12-31 is 366 days ≈ 12.02 months.
    expect(spanMonths(table)).toBeCloseTo(366 / (365.25 / 12), 6);
  });

  it('counts and lists malformed rows with their spreadsheet row numbers, and keeps going; a blank outcome is kept as not won', () => {
    const { table, builder } = tableFrom(
      [HEADER, ['1', 'Software', '1', '2024-01-01', 'won'], ['2', 'Retail'], ['3', 'Retail', 'many', '2024-01-01', 'lost'], ['4', 'Retail', '0', '31/01/2024', 'lost'], ['5', 'Retail', '0', '2024-01-01', ' '], [''], ['7', 'Retail', '0', '2024-02-01', 'lost']],
      MAPPING,
    );
    expect(table.rowCount).toBe(3);
    expect(builder.rowsRead).toBe(6);
    expect(builder.rejectedCount).toBe(3);
    expect(builder.rejected).toEqual([
      { line: 3, reason: 'has 2 values but the header has 5' },
      { line: 4, reason: '“many” in “demos” is not a count' },
      { line: 5, reason: '“31/01/2024” in “created” is not a date (YYYY-MM-DD)' },
    ]);
    // Row 6's outcome is blank: no outcome, counted as not won (and counted apart).
    expect(Array.from(table.won)).toEqual([1, 0, 0]);
    expect(builder.withoutOutcome).toBe(1);
  });

  it('reads counts with the lead reader: hex, exponents and fractions are not counts; the locale groups thousands', () => {
    const rows = [HEADER, ['1', 'A', '0x10', '', 'won'], ['2', 'A', '1e3', '', 'won'], ['3', 'A', '2.5', '', 'won'], ['4', 'A', '1.200', '', 'won'], ['5', 'A', 'YES', '', 'WON']];
    const en = tableFrom(rows, MAPPING);
    expect(en.builder.rejected.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    const de = new LeadTableBuilder(HEADER, MAPPING, { locale: 'de-DE' });
    rows.slice(1).forEach((r, i) => de.add(r, i + 2));
    expect(de.rejected.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(Array.from(de.finish().events[0].counts)).toEqual([1200, 1]);
  });

  it('lists only the first 20 rejects but counts them all', () => {
    const builder = new LeadTableBuilder(HEADER, MAPPING);
    for (let line = 2; line < 52; line++) builder.add(['x'], line);
    expect(builder.rejectedCount).toBe(50);
    expect(builder.rejected).toHaveLength(20);
    expect(builder.rejected[19].line).toBe(21);
  });

  it('grows past its first capacity', () => {
    const builder = new LeadTableBuilder(HEADER, MAPPING);
    for (let i = 0; i < 5000; i++) builder.add([String(i), i % 2 ? 'A' : 'B', String(i % 3), '', i % 10 === 0 ? 'won' : 'lost'], i + 2);
    const table = builder.finish();
    expect(table.rowCount).toBe(5000);
    expect(table.won.reduce((s, v) => s + v, 0)).toBe(500);
    expect(table.events[0].counts[4999]).toBe(4999 % 3);
    expect(spanMonths(table)).toBeNull();
  });

  it('names mapped columns missing from the file', () => {
    expect(mappingProblems(['id', 'industry'], MAPPING)).toEqual(['The file has no column “demos”', 'The file has no column “created”', 'The file has no column “status”']);
  });
});
