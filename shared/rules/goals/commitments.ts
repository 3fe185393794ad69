import type { Commitment } from '../../model/commitments';
import type { Goals } from '../../model/goals';
import { reverseFunnel } from './funnel';

/** The derivedFrom key of marketing's monthly MQL commitment. */
export const DERIVED_MQL_PER_MONTH = 'funnel.mqlPerMonth';

/** The largest target the commitment schema accepts. */
const MAX_TARGET = 1_000_000_000;

/** The value the goals give a derived row, or null when the row is typed by hand. */
export function derivedTarget(row: Pick<Commitment, 'derivedFrom'>, goals: Goals): number | null {
  if (row.derivedFrom !== DERIVED_MQL_PER_MONTH) return null;
  return Math.min(MAX_TARGET, reverseFunnel(goals).mqlCommitmentPerMonth);
}

/**
 * Refreshes derived targets from the goals. A row someone overrode keeps its typed target;
 * rows that do not change keep their identity so React can skip them.
 */
export function syncDerivedCommitments(rows: readonly Commitment[], goals: Goals): Commitment[] {
  return rows.map((row) => {
    if (row.overridden) return row;
    const target = derivedTarget(row, goals);
    return target === null || target === row.target ? row : { ...row, target };
  });
}

/** A person typed a target: keep it, and stop the funnel from overwriting it on a derived row. */
export function overrideCommitment(rows: readonly Commitment[], id: string, target: number): Commitment[] {
  return rows.map((row) =>
    row.id === id ? { ...row, target, overridden: row.derivedFrom !== null ? true : row.overridden } : row,
  );
}

/** Gives a derived row back to the funnel: it follows the goals again from now on. */
export function resetOverride(rows: readonly Commitment[], id: string, goals: Goals): Commitment[] {
  return rows.map((row) => {
    if (row.id !== id) return row;
    const target = derivedTarget(row, goals);
    return { ...row, overridden: false, target: target ?? row.target };
  });
}

/** Moves a row to a new position (drag and drop or the "Move to…" menu); out-of-range indexes are clamped. */
export function moveRow<T>(rows: readonly T[], fromIndex: number, toIndex: number): T[] {
  const copy = [...rows];
  if (fromIndex < 0 || fromIndex >= copy.length) return copy;
  const target = Math.min(Math.max(0, toIndex), copy.length - 1);
  const [moved] = copy.splice(fromIndex, 1);
  copy.splice(target, 0, moved);
  return copy;
}
