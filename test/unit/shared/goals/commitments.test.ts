import { describe, expect, it } from 'vitest';
import {
  DERIVED_MQL_PER_MONTH,
  derivedTarget,
  moveRow,
  overrideCommitment,
  resetOverride,
  retitleCommitment,
  syncDerivedCommitments,
  titleTargetMismatch,
} from '../../../../shared/rules/goals';
import { exampleGoals, templateCommitments } from './fixtures';

const mqlRow = (rows: ReturnType<typeof templateCommitments>) => rows.find((r) => r.derivedFrom === DERIVED_MQL_PER_MONTH)!;

describe('derived SLA commitments', () => {
  it('starts the template at the funnel\'s 178 MQLs a month', () => {
    expect(derivedTarget(mqlRow(templateCommitments()), exampleGoals())).toBe(178);
    expect(mqlRow(syncDerivedCommitments(templateCommitments(), exampleGoals())).target).toBe(178);
  });

  it('follows the goals when they change', () => {
    const rows = syncDerivedCommitments(templateCommitments(), exampleGoals({ revenueTargetCents: 240_000_000 }));
    // 80 deals → 320 SQL → 534 SAL → 1068 MQL a quarter → 356 a month.
    expect(mqlRow(rows).target).toBe(356);
  });

  it('keeps rows that do not change as the same objects', () => {
    const before = templateCommitments();
    const after = syncDerivedCommitments(before, exampleGoals({ revenueTargetCents: 240_000_000 }));
    expect(after.filter((r, i) => r === before[i])).toHaveLength(before.length - 1);
  });

  it('uses the marketing-sourced MQLs when only a share of deals comes from marketing', () => {
    expect(mqlRow(syncDerivedCommitments(templateCommitments(), exampleGoals({ marketingSourcedShare: 40 }))).target).toBe(72);
  });

  it('stops following the goals once someone overrides the target, until the override is reset', () => {
    const overridden = overrideCommitment(templateCommitments(), 'c-mql', 150);
    expect(mqlRow(overridden)).toMatchObject({ target: 150, overridden: true });
    const bigger = exampleGoals({ revenueTargetCents: 240_000_000 });
    expect(mqlRow(syncDerivedCommitments(overridden, bigger)).target).toBe(150);
    const reset = resetOverride(overridden, 'c-mql', bigger);
    expect(mqlRow(reset)).toMatchObject({ target: 356, overridden: false });
  });

  it('edits a hand-typed row without marking it overridden', () => {
    const rows = overrideCommitment(templateCommitments(), 'c-contact', 12);
    expect(rows.find((r) => r.id === 'c-contact')).toMatchObject({ target: 12, overridden: false });
  });
});

describe('moveRow', () => {
  it('moves a row down and up', () => {
    expect(moveRow(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveRow(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('clamps the destination and ignores a missing source', () => {
    expect(moveRow(['a', 'b', 'c'], 0, 99)).toEqual(['b', 'c', 'a']);
    expect(moveRow(['a', 'b', 'c'], 5, 0)).toEqual(['a', 'b', 'c']);
  });

  it('does not change the input', () => {
    const rows = ['a', 'b'];
    moveRow(rows, 0, 1);
    expect(rows).toEqual(['a', 'b']);
  });
});

describe('commitment titles follow their number', () => {
  const attempts = () => templateCommitments().find((r) => r.id === 'c-attempts')!;

  it('puts the new target into the title that carried the old one', () => {
    expect(retitleCommitment('Make 5 attempts within 2 weeks', 5, 6)).toBe('Make 6 attempts within 2 weeks');
    expect(retitleCommitment('Make 5 attempts within 2 weeks', 5, 2.5)).toBe('Make 2.5 attempts within 2 weeks');
    const row = overrideCommitment(templateCommitments(), 'c-attempts', 7).find((r) => r.id === 'c-attempts')!;
    expect(row).toMatchObject({ target: 7, commitment: 'Make 7 attempts within 2 weeks' });
    expect(titleTargetMismatch(row)).toBeNull();
  });

  it('leaves a title alone when the old target is not in it exactly once', () => {
    expect(retitleCommitment('Weekly pipeline review', 1, 2)).toBe('Weekly pipeline review');
    expect(retitleCommitment('Make 2 calls in 2 days', 2, 3)).toBe('Make 2 calls in 2 days');
    expect(retitleCommitment('Make 15 attempts', 5, 6)).toBe('Make 15 attempts');
    expect(retitleCommitment('Make 5 attempts', 5, Number.NaN)).toBe('Make 5 attempts');
  });

  it('follows the funnel on a derived row whose title names the figure', () => {
    const rows = templateCommitments().map((r) => (r.derivedFrom === DERIVED_MQL_PER_MONTH ? { ...r, commitment: 'Deliver 178 MQLs a month' } : r));
    const synced = syncDerivedCommitments(rows, exampleGoals({ revenueTargetCents: 240_000_000 }));
    expect(mqlRow(synced)).toMatchObject({ target: 356, commitment: 'Deliver 356 MQLs a month' });
    expect(mqlRow(resetOverride(overrideCommitment(synced, 'c-mql', 300), 'c-mql', exampleGoals()))).toMatchObject({ target: 178, commitment: 'Deliver 178 MQLs a month' });
  });

  it('flags a title typed by hand that no longer names the target', () => {
    expect(titleTargetMismatch(attempts())).toBeNull();
    expect(titleTargetMismatch({ ...attempts(), target: 6 })).toBe('The title says 5 and 2, the target is 6 attempts: check that they agree.');
    expect(titleTargetMismatch({ ...attempts(), commitment: 'Keep trying', target: 6 })).toBeNull();
  });
});
