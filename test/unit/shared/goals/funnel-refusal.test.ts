import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../../shared/ipc/result';
import { FunnelInputError, funnelInputProblem, rateStepTable, reverseFunnel, tryReverseFunnel } from '../../../../shared/rules/goals';
import { describeFunnelCapacity, describeFunnelRounding, funnelTable } from '../../../../shared/present/funnel';
import { exampleGoals } from './fixtures';

const usd = { currency: 'USD', locale: 'en-US' };
const withRate = (key: 'mqlToSal' | 'salToSql' | 'sqlToWon', rate: number) => exampleGoals({ rates: { ...exampleGoals().rates, [key]: rate } });

describe('the funnel rule refuses rates it cannot walk back through', () => {
  it.each([
    ['a 0 % SQL→won rate', withRate('sqlToWon', 0), /^The SQL→won rate must be above 0 % \(it is 0 %\): at 0 % no number of leads would ever reach the next stage/],
    ['a 0 % MQL→SAL rate', withRate('mqlToSal', 0), /^The MQL→SAL rate must be above 0 %/],
    ['a negative rate', withRate('salToSql', -5), /^The SAL→SQL rate must be above 0 % \(it is -5 %\)/],
    ['a rate above 100 %', withRate('salToSql', 100.5), /^The SAL→SQL rate cannot exceed 100 % \(it is 100.5 %\)/],
    ['a rate that is not a number', withRate('mqlToSal', Number.NaN), /^The MQL→SAL rate must be a number above 0 % and at most 100 %/],
    ['a deal size of 0', exampleGoals({ averageDealCents: 0 }), /^The average deal size must be above zero/],
  ])('%s: thrown as a BAD_INPUT failure and returned as a result', (_what, goals, message) => {
    expect(funnelInputProblem(goals)).toMatch(message);
    expect(() => reverseFunnel(goals)).toThrow(FunnelInputError);
    expect(() => reverseFunnel(goals)).toThrow(message);
    try {
      reverseFunnel(goals);
    } catch (error) {
      expect(error).toBeInstanceOf(AppFailure);
      expect((error as AppFailure).code).toBe('BAD_INPUT');
    }
    const result = tryReverseFunnel(goals);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toEqual({ code: 'BAD_INPUT', message: funnelInputProblem(goals) });
  });

  it('accepts the edges: just above 0 % and exactly 100 %', () => {
    expect(tryReverseFunnel(withRate('sqlToWon', 0.01)).ok).toBe(true);
    expect(reverseFunnel(withRate('mqlToSal', 100)).perQuarter.mqls).toBe(reverseFunnel(exampleGoals()).perQuarter.sals);
  });

  it('keeps the PRODUCT.md example: $1.2M at $30k = 40 deals → 160 SQL → 267 SAL → 534 MQL; 14/54/89/178 a month', () => {
    const result = tryReverseFunnel(exampleGoals());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.perQuarter).toMatchObject({ deals: 40, sqls: 160, sals: 267, mqls: 534 });
    expect(result.data.perMonth).toMatchObject({ deals: 14, sqls: 54, sals: 89, mqls: 178 });
    expect(result.data).toEqual(reverseFunnel(exampleGoals()));
  });

  it('the rate-step table still reports steps out of range as impossible instead of throwing', () => {
    const rows = rateStepTable(exampleGoals({ rates: { mqlToSal: 98, salToSql: 3, sqlToWon: 25 } }));
    expect(rows[0].up.to).toBeNull();
    expect(rows[1].down.to).toBeNull();
  });
});

describe('describeFunnelRounding: one sentence for the goals screen, the PDF and cli plan', () => {
  it('says the rounding up at every stage and how the monthly figures are made, with the agreement’s numbers', () => {
    const goals = exampleGoals();
    expect(describeFunnelRounding(goals, reverseFunnel(goals), usd)).toBe(
      'Every stage is rounded up to a whole number, so no stage falls short: 160 SQLs ÷ 60 % SAL→SQL = 266.67, so 267 SALs. ' +
        'Monthly figures are each quarterly figure ÷ 3, rounded up stage by stage: 40 deals a quarter make 14 a month (42 over the three months). ' +
        "Marketing's monthly MQL commitment is made the same way.",
    );
  });

  it('names the first stage that was rounded, and says so when every division is whole', () => {
    const dealRounded = exampleGoals({ revenueTargetCents: 120_000_001 });
    expect(describeFunnelRounding(dealRounded, reverseFunnel(dealRounded), usd)).toMatch(/: \$1,200,000\.01 ÷ \$30,000 average deal = 40\.0000003, so 41 deals\./);
    const whole = exampleGoals({ revenueTargetCents: 90_000_000, rates: { mqlToSal: 50, salToSql: 50, sqlToWon: 25 } });
    // 30 deals → 120 SQL → 240 SAL → 480 MQL: every division whole, every stage divisible by 3.
    const text = describeFunnelRounding(whole, reverseFunnel(whole), usd);
    expect(text).toMatch(/^Every stage is rounded up to a whole number, so no stage falls short \(here every division comes out whole\)\./);
    expect(text).toContain('30 deals a quarter make 10 a month.');
  });

  it('uses the agreement’s locale for the figures', () => {
    const goals = exampleGoals({ revenueTargetCents: 1_200_000_000 });
    const text = describeFunnelRounding(goals, reverseFunnel(goals), { currency: 'EUR', locale: 'de-DE' });
    expect(text).toContain('1.600 SQLs ÷ 60 % SAL→SQL = 2.666,67, so 2.667 SALs');
    expect(text).toContain('400 deals a quarter make 134 a month (402 over the three months)');
  });
});

describe('funnelTable and describeFunnelCapacity', () => {
  it('gives each stage its derivation, per quarter and per month', () => {
    const goals = exampleGoals({ marketingSourcedShare: 40 });
    const rows = funnelTable(goals, reverseFunnel(goals), usd);
    expect(rows.map((r) => [r.stage, r.derivation, r.perQuarter, r.perMonth])).toEqual([
      ['Deals won', 'Revenue ÷ average deal of $30,000', '40', '14'],
      ['Sales-qualified leads', 'Deals ÷ SQL→won rate of 25 %', '160', '54'],
      ['Sales-accepted leads', 'SQLs ÷ SAL→SQL rate of 60 %', '267', '89'],
      ['Marketing-qualified leads', 'SALs ÷ MQL→SAL rate of 50 %', '534', '178'],
      ['Marketing-sourced MQLs', 'MQLs × 40 % sourced by marketing', '214', '72'],
    ]);
  });

  it('says the capacity, pipeline and lead time, or the warning when sales cannot keep up', () => {
    const goals = exampleGoals();
    expect(describeFunnelCapacity(goals, reverseFunnel(goals), usd)).toBe(
      'Sales capacity: 6 reps can follow up 600 MQLs a month, enough for the 178 planned. Open pipeline needed: $4,800,000; with a sales cycle of about 60 days, SQLs must be in the pipeline 2 months ahead.',
    );
    const one = exampleGoals({ reps: 1 });
    expect(describeFunnelCapacity(one, reverseFunnel(one), usd)).toBe(reverseFunnel(one).capacity.message);
  });
});
