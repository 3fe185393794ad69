import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LeadTableBuilder, MatchCache, scoreTable, type BacktestMapping } from '../../../../shared/rules/backtest';
import { scoreLead } from '../../../../shared/rules/scoring';
import { LeadListBuilder, leadListHeaderProblem, leadsFromJson } from '../../../../shared/rules/scoring/read-lead';
import { criterion, model } from '../backtest/helpers';

const HEADERS = ['id', 'name', 'zip', 'employees', 'event:demo request', 'daysSinceActivity', 'outcome'];

describe('LeadListBuilder (cli score’s CSV convention)', () => {
  it('keeps cells as the text they were written with, splits events and reads counts', () => {
    const b = new LeadListBuilder(HEADERS);
    b.add(['', ' Priya ', '02139', '1,200', '2', '5', 'Won'], 2);
    b.add(['crm-9', 'Bo', '', '2.50', '', '', ''], 3);
    expect(b.leads).toEqual([
      { id: 'row-2', name: 'Priya', fields: { zip: '02139', employees: '1,200' }, events: { 'demo request': 2 }, daysSinceActivity: 5, outcome: 'won' },
      { id: 'crm-9', name: 'Bo', fields: { employees: '2.50' }, events: {}, daysSinceActivity: 0, outcome: 'open' },
    ]);
    expect(b).toMatchObject({ rowsRead: 2, rejectedCount: 0, withoutOutcome: 1 });
  });

  it('skips bad rows with their spreadsheet row numbers and the same reasons as the backtest', () => {
    const b = new LeadListBuilder(HEADERS);
    b.add(['1', 'A', '', '', 'many', '', 'won'], 2);
    b.add(['2', 'B', '', '', '1e3', '', 'won'], 3);
    b.add(['3', 'C', '', '', '1', '-1', 'won'], 4);
    b.add(['4', '  ', '', '', '1', '', 'won'], 5);
    b.add(['5', 'E'], 6);
    b.add([''], 7);
    b.add(['6', 'F', '', '', 'YES', '', 'closed won'], 8);
    expect(b.rejected).toEqual([
      { line: 2, reason: '“many” in “event:demo request” is not a count' },
      { line: 3, reason: '“1e3” in “event:demo request” is not a count' },
      { line: 4, reason: '“-1” in “daysSinceActivity” is not a number of days' },
      { line: 5, reason: 'has no name in “name”' },
      { line: 6, reason: 'has 2 values but the header has 7' },
    ]);
    expect(b.rowsRead).toBe(6);
    expect(b.leads).toEqual([expect.objectContaining({ id: '6', events: { 'demo request': 1 }, outcome: 'won' })]);
  });

  it('needs a name column', () => {
    expect(leadListHeaderProblem(['id', 'zip'])).toBe('The CSV needs a "name" column');
    expect(leadListHeaderProblem([' name ', 'zip'])).toBeNull();
  });
});

describe('leadsFromJson', () => {
  it('accepts an array or {leads}, filling missing ids and reading outcomes ignoring case', () => {
    const { leads, tally } = leadsFromJson([{ name: 'A', fields: { zip: '02139', employees: 1200 }, outcome: 'WON' }, { name: 'B', fields: {}, outcome: '' }]);
    expect(leads).toEqual([
      expect.objectContaining({ id: 'lead-1', fields: { zip: '02139', employees: 1200 }, outcome: 'won' }),
      expect.objectContaining({ id: 'lead-2', outcome: 'open' }),
    ]);
    expect(tally).toMatchObject({ unit: 'lead', rowsRead: 2, rejectedCount: 0, withoutOutcome: 1 });
    expect(leadsFromJson({ leads: [{ id: 'x', name: 'B', fields: { a: 1 } }] }).leads[0]).toMatchObject({ id: 'x', name: 'B', events: {} });
  });

  it('skips a bad lead with its position; refuses only a file that is not a list of leads', () => {
    expect(() => leadsFromJson({ people: [] })).toThrow('must be an array of leads');
    const { leads, tally } = leadsFromJson([{ name: 'A', fields: {}, events: { demo: -2 } }, { name: 'B', fields: {} }, 'nonsense']);
    expect(leads.map((l) => l.name)).toEqual(['B']);
    expect(tally.rejected).toEqual([
      { line: 1, reason: expect.stringMatching(/^events\.demo: /) },
      { line: 3, reason: expect.stringMatching(/expected object/) },
    ]);
  });
});

describe('one reader: a lead scores the same through cli score’s path and the backtest’s', () => {
  const mapping: BacktestMapping = {
    columns: [
      { column: 'zip', use: { role: 'field', name: 'zip' } },
      { column: 'employees', use: { role: 'field', name: 'employees' } },
      { column: 'event:demo request', use: { role: 'event', name: 'demo request' } },
      { column: 'daysSinceActivity', use: { role: 'daysSinceActivity' } },
      { column: 'outcome', use: { role: 'outcome' } },
    ],
    wonValues: ['won'],
  };
  const board = model(
    [
      criterion({ op: 'equals', field: 'zip', value: '02139' }, 'Strong'),
      criterion({ op: 'between', field: 'zip', min: 2000, max: 3000 }, 'Weak'),
      criterion({ op: 'between', field: 'employees', min: 1000, max: 2000 }, 'Critical'),
      criterion({ op: 'contains', field: 'employees', value: '1,2' }, 'Moderate'),
      criterion({ op: 'event', field: 'events', value: 'demo request', repeat: 'each', maxCount: 3 }, 'Strong'),
    ],
    40,
    { decay: { enabled: true, halfLifeDays: 10 } },
  );
  const cell = fc.constantFrom('02139', '2139', '1,200', '1.200', '1200', '2.50', '0x1F4', '0b111110100', '0o764', 'Infinity', '1e3', '', ' 42 ', '1 200', '1.200,5', 'n/a');
  const count = fc.constantFrom('0', '1', '3', 'yes', '', '1,000', '1.000', 'many', '2.5');
  const row = fc.tuple(cell, cell, count, count, fc.constantFrom('won', 'Won', 'lost', '', 'open'));

  it('same totals, MQL flags, skipped rows and outcomes, in en-US and de-DE (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), fc.constantFrom('en-US', 'de-DE', 'fr-FR'), (rows, locale) => {
        const list = new LeadListBuilder(HEADERS, { locale, wonValues: mapping.wonValues });
        const table = new LeadTableBuilder(HEADERS, mapping, { locale });
        rows.forEach(([zip, employees, demos, days, outcome], i) => {
          const cells = [`${i}`, `Lead ${i}`, zip, employees, demos, days, outcome];
          list.add(cells, i + 2);
          table.add(cells, i + 2);
        });
        expect(list.rejected).toEqual(table.rejected);
        expect(list.withoutOutcome).toBe(table.withoutOutcome);
        const finished = table.finish();
        const scores = scoreTable(board, new MatchCache(finished), locale);
        expect(Array.from(scores.totals)).toEqual(list.leads.map((l) => scoreLead(board, l, locale).total));
        expect(Array.from(scores.mql)).toEqual(list.leads.map((l) => (scoreLead(board, l, locale).isMql ? 1 : 0)));
        expect(Array.from(finished.won)).toEqual(list.leads.map((l) => (l.outcome === 'won' ? 1 : 0)));
      }),
      { numRuns: 200 },
    );
  });
});
