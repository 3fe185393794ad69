import { describe, expect, it } from 'vitest';
import { BacktestMappingSchema, detectColumnType, parseDateDays, suggestMapping } from '../../../../shared/rules/backtest';
import { criterion } from './helpers';

describe('column type detection', () => {
  it('recognises numbers, yes/no, ISO dates and text, ignoring blanks', () => {
    expect(detectColumnType(['1', ' 1,200 ', ''])).toBe('number');
    expect(detectColumnType(['yes', 'No', ''])).toBe('boolean');
    expect(detectColumnType(['2024-01-31', '2024-02-01T10:00:00Z'])).toBe('date');
    expect(detectColumnType(['Software', '12'])).toBe('text');
    expect(detectColumnType(['', ' '])).toBe('empty');
    expect(parseDateDays('1970-01-02')).toBe(1);
    expect(parseDateDays('2024-13-45')).toBeNaN();
  });
});

describe('mapping schema', () => {
  it('needs exactly one outcome column', () => {
    const none = BacktestMappingSchema.safeParse({ columns: [{ column: 'a', use: { role: 'field', name: 'a' } }] });
    expect(none.success).toBe(false);
    expect(none.error?.issues[0].message).toBe('Choose the column that holds the outcome (won or lost)');
    const two = BacktestMappingSchema.safeParse({ columns: [{ column: 'a', use: { role: 'outcome' } }, { column: 'b', use: { role: 'outcome' } }] });
    expect(two.error?.issues[0].message).toBe('Only one column can be the outcome');
  });

  it('refuses two columns for the same field name, ignoring case', () => {
    const r = BacktestMappingSchema.safeParse({ columns: [{ column: 'o', use: { role: 'outcome' } }, { column: 'a', use: { role: 'field', name: 'Industry' } }, { column: 'b', use: { role: 'field', name: 'industry' } }] });
    expect(r.error?.issues[0].message).toBe('Two columns are both mapped to the field “industry”; map only one');
  });

  it('fills the default won values', () => {
    const r = BacktestMappingSchema.parse({ columns: [{ column: 'o', use: { role: 'outcome' } }] });
    expect(r.wonValues).toContain('closed won');
  });
});

describe('suggested mapping', () => {
  it('maps headers named like the criteria fields and events, the outcome and the created date', () => {
    const criteria = [
      criterion({ op: 'in', field: 'emailDomain', values: ['gmail.com'] }, 'Negative'),
      criterion({ op: 'event', field: 'events', value: 'demo request', repeat: 'once', maxCount: 1 }, 'Critical'),
    ];
    const headers = ['Lead ID', 'Email domain', 'Demo requests', 'Created date', 'Outcome', 'Notes'];
    const m = suggestMapping(headers, criteria, [['1', 'a.com', '2', '2024-01-01', 'won', 'x']]);
    expect(m.columns).toEqual([
      { column: 'Email domain', use: { role: 'field', name: 'emailDomain' } },
      { column: 'Demo requests', use: { role: 'event', name: 'demo request' } },
      { column: 'Created date', use: { role: 'created' } },
      { column: 'Outcome', use: { role: 'outcome' } },
    ]);
    expect(BacktestMappingSchema.safeParse(m).success).toBe(true);
  });
});
