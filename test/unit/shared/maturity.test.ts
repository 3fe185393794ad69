import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MATURITY_STATEMENTS, bandOf, compareMaturity, scoreMaturity, rateStatement, submitAnswers } from '../../../shared/rules/maturity';

const ids = MATURITY_STATEMENTS.map((s) => s.id);
const all = (rating: number) => Object.fromEntries(ids.map((id) => [id, rating]));

describe('maturity statements', () => {
  it('has ten statements with unique ids', () => {
    expect(MATURITY_STATEMENTS).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
  });
});

describe('scoreMaturity', () => {
  it('doubles the sum when all ten are answered', () => {
    expect(scoreMaturity(all(1))).toMatchObject({ score: 20, band: 'Undefined', stage: 'Traditional marketing', answered: 10 });
    expect(scoreMaturity(all(5))).toMatchObject({ score: 100, band: 'Integrated', stage: 'Revenue generation' });
    // 3,3,3,3,3,4,4,4,4,4 → sum 35 → 70
    const mixed = Object.fromEntries(ids.map((id, i) => [id, i < 5 ? 3 : 4]));
    expect(scoreMaturity(mixed)).toMatchObject({ score: 70, band: 'Aligned', stage: 'Demand generation' });
  });

  it('puts band edges where the diagnostic does', () => {
    expect(bandOf(39)).toBe('Undefined');
    expect(bandOf(40)).toBe('Defined');
    expect(bandOf(59)).toBe('Defined');
    expect(bandOf(60)).toBe('Aligned');
    expect(bandOf(79)).toBe('Aligned');
    expect(bandOf(80)).toBe('Integrated');
    // sum 20 → 40, the lowest Defined
    expect(scoreMaturity(all(2)).band).toBe('Defined');
  });

  it('scales a partial set by the average of the answered statements', () => {
    // 4 + 5 + 4 = 13 over 3 → 4.333 × 20 = 86.67 → 87
    const partial = { [ids[0]]: 4, [ids[1]]: 5, [ids[2]]: 4 };
    expect(scoreMaturity(partial)).toMatchObject({ score: 87, band: 'Integrated', answered: 3, total: 10 });
  });

  it('returns no score for no answers, and ignores unknown ids and invalid ratings', () => {
    expect(scoreMaturity({})).toEqual({ score: null, band: null, stage: null, answered: 0, total: 10 });
    expect(scoreMaturity({ bogus: 5, [ids[0]]: 7, [ids[1]]: 0.5, [ids[3]]: Number.NaN, [ids[4]]: Number.POSITIVE_INFINITY, [ids[2]]: 2 })).toMatchObject({ score: 40, answered: 1 });
  });

  it("reads a team's mean from the room (a fraction between 1 and 5) like a whole rating", () => {
    // Two members rated 2 and 3: the team's 2.5 scores 50, the mean of their scores 40 and 60.
    expect(scoreMaturity({ [ids[0]]: 2.5 })).toMatchObject({ score: 50, answered: 1 });
  });

  it('always stays within 20–100 with a band that matches the score', () => {
    const answersArb = fc.dictionary(fc.constantFrom(...ids), fc.integer({ min: 1, max: 5 }), { minKeys: 1 });
    fc.assert(
      fc.property(answersArb, (answers) => {
        const r = scoreMaturity(answers);
        expect(r.score).not.toBeNull();
        const score = r.score as number;
        expect(score).toBeGreaterThanOrEqual(20);
        expect(score).toBeLessThanOrEqual(100);
        const expected = score >= 80 ? 'Integrated' : score >= 60 ? 'Aligned' : score >= 40 ? 'Defined' : 'Undefined';
        expect(r.band).toBe(expected);
        expect(r.answered).toBe(Object.keys(answers).length);
      }),
    );
  });
});

describe('compareMaturity', () => {
  it('sorts statements by the size of the disagreement and writes a headline', () => {
    const marketing = all(4);
    const sales = { ...all(3), [ids[6]]: 1, [ids[2]]: 4 };
    const result = compareMaturity(marketing, sales);
    // marketing 80, sales 3×8 + 1 + 4 = 29 → 58
    expect(result.marketing.score).toBe(80);
    expect(result.sales.score).toBe(58);
    expect(result.gap).toBe(22);
    expect(result.perStatement[0]).toMatchObject({ id: ids[6], marketing: 4, sales: 1, gap: 3 });
    // equal gaps keep list order; the statement both rate 4 comes last
    expect(result.perStatement[1]).toMatchObject({ id: ids[0], gap: 1 });
    expect(result.perStatement[9]).toMatchObject({ id: ids[2], gap: 0 });
    expect(result.headline).toContain('80 (Integrated)');
    expect(result.headline).toContain('58 (Defined)');
    expect(result.headline).toContain('22 points apart');
    expect(result.headline).toContain(MATURITY_STATEMENTS[6].topic);
  });

  it('puts skipped statements last and waits for the missing team', () => {
    const result = compareMaturity({ [ids[0]]: 5, [ids[1]]: 2 }, { [ids[1]]: 5 });
    expect(result.perStatement[0]).toMatchObject({ id: ids[1], gap: -3 });
    expect(result.perStatement.slice(1).every((s) => s.gap === null)).toBe(true);
    expect(compareMaturity(all(3), {}).headline).toMatch(/sales has not rated yet/);
    expect(compareMaturity(all(3), {}).gap).toBeNull();
  });

  it('says so when both teams agree', () => {
    expect(compareMaturity(all(3), all(3)).headline).toBe('Both teams rate the alignment 60 (Aligned). They agree on every statement.');
  });
});

describe('answers around the reveal', () => {
  const blank = { Marketing: { answers: {}, submitted: false }, Sales: { answers: {}, submitted: false }, revealed: false };

  it('rates and submits before the reveal, and changes nothing after it', () => {
    const rated = submitAnswers(rateStatement(blank, 'Sales', 's1', 4), 'Sales', true);
    expect(rated.Sales).toEqual({ answers: { s1: 4 }, submitted: true });
    const revealed = { ...rated, revealed: true };
    expect(rateStatement(revealed, 'Sales', 's1', 1)).toBe(revealed);
    expect(submitAnswers(revealed, 'Sales', false)).toBe(revealed);
  });
});
