import { describe, expect, it } from 'vitest';
import { withDerivedFields } from '../../../../shared/rules/derived-fields';
import { DERIVED_MQL_PER_MONTH, reverseFunnel } from '../../../../shared/rules/goals';
import { templateContent } from '../../../../shared/template/sales-marketing';
import { SAMPLE_INPUT } from '../../../../shared/template/sample';

const base = () => templateContent(SAMPLE_INPUT);
const mql = (c: ReturnType<typeof base>) => c.commitments.rows.find((r) => r.derivedFrom === DERIVED_MQL_PER_MONTH)!;

describe('withDerivedFields: the MQL commitment follows the funnel', () => {
  it('returns the content itself when neither goals nor commitments changed', () => {
    const before = base();
    const after = { ...before, title: 'Other' };
    expect(withDerivedFields(before, after)).toBe(after);
  });

  it('moves the derived row (and the number in its title) when the goals change', () => {
    const before = base();
    const after = { ...before, goals: { ...before.goals, rates: { ...before.goals.rates, mqlToSal: 55 } } };
    const next = withDerivedFields(before, after);
    expect(mql(next).target).toBe(reverseFunnel(after.goals).mqlCommitmentPerMonth);
    expect(next.commitments.rows.filter((r) => r !== mql(next))).toEqual(before.commitments.rows.filter((r) => r !== mql(before)));
  });

  it('leaves an overridden row, and goals the funnel refuses, alone', () => {
    const before = base();
    const overridden = { ...before, commitments: { ...before.commitments, rows: before.commitments.rows.map((r) => (r.derivedFrom ? { ...r, target: 200, overridden: true } : r)) } };
    const moved = { ...overridden, goals: { ...overridden.goals, reps: 9, rates: { ...overridden.goals.rates, mqlToSal: 55 } } };
    expect(withDerivedFields(overridden, moved)).toBe(moved);
    const refused = { ...before, goals: { ...before.goals, rates: { ...before.goals.rates, sqlToWon: 0 } } };
    expect(withDerivedFields(before, refused)).toBe(refused);
  });
});
