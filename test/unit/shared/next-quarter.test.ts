import { describe, expect, it } from 'vitest';
import { NextQuarterChoiceSchema, proposeNextQuarter, quarterDays, threeMonthsOn } from '../../../shared/rules/next-quarter';

const content = (quarter: string, reviewDate: string | null) => ({ quarter, commitments: { rows: [], reasonCodes: [], reviewDate } });

describe('what Start next quarter proposes', () => {
  it('knows the days of a quarter and moves a date on by three months inside the month', () => {
    expect(quarterDays('2027-Q2')).toEqual({ first: '2027-04-01', last: '2027-06-30' });
    expect(quarterDays('2027-Q4')).toEqual({ first: '2027-10-01', last: '2027-12-31' });
    expect(threeMonthsOn('2027-03-31')).toBe('2027-06-30');
    expect(threeMonthsOn('2027-11-15')).toBe('2028-02-15');
  });

  it('never proposes a workshop date before the previous quarter: two weeks before the next one starts', () => {
    const p = proposeNextQuarter(content('2027-Q1', '2027-03-25'), '2026-12-07');
    expect(p.quarter).toBe('2027-Q2');
    expect(p.date).toBe('2027-03-18');
    expect(p.reasons[0]).toBe('The workshop is proposed for 2027-03-18, two weeks before 2027-Q2 starts on 2027-04-01 (today is earlier than that).');
  });

  it('proposes today once the next quarter is near, and last quarter’s review date three months on', () => {
    const p = proposeNextQuarter(content('2027-Q1', '2027-03-25'), '2027-03-28');
    expect(p.date).toBe('2027-03-28');
    expect(p.reviewDate).toBe('2027-06-25');
    expect(p.reasons[1]).toBe('The review date follows last quarter’s rhythm: 2027-03-25 becomes 2027-06-25.');
  });

  it('keeps the review inside the next quarter and asks for one when there was none', () => {
    expect(proposeNextQuarter(content('2027-Q1', '2026-12-31'), '2027-03-28').reviewDate).toBe('2027-06-30');
    const none = proposeNextQuarter(content('2027-Q1', null), '2027-03-28');
    expect(none.reviewDate).toBeNull();
    expect(none.reasons[1]).toMatch(/no review date; set one/);
  });

  it('refuses a review before the workshop, and what is not a date', () => {
    expect(NextQuarterChoiceSchema.safeParse({ date: '2027-04-10', reviewDate: '2027-04-01' }).error?.issues[0].message).toBe('The review date is before the workshop date: pick a later review date.');
    expect(NextQuarterChoiceSchema.safeParse({ date: '10/04/2027', reviewDate: null }).success).toBe(false);
    expect(NextQuarterChoiceSchema.safeParse({ date: '2027-04-10', reviewDate: null }).success).toBe(true);
  });
});
