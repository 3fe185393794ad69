import { describe, expect, it } from 'vitest';
import {
  DERIVED_MQL_PER_MONTH,
  derivedTarget,
  moveRow,
  overrideCommitment,
  resetOverride,
  syncDerivedCommitments,
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
