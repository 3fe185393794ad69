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

/** Numbers written in a title ("Make 5 attempts within 2 weeks" → 5 and 2), with where each sits. */
function numbersIn(title: string): { value: number; index: number; text: string }[] {
  return [...title.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => ({ value: Number(m[0].replace(',', '.')), index: m.index, text: m[0] }));
}

/** How a target is written into a title: the figure as typed, no thousands separators. */
const titleFigure = (target: number) => String(target);

/**
 * The title after its target changed from `oldTarget` to `newTarget`: the one number in the
 * title equal to the old target becomes the new one ("Make 5 attempts within 2 weeks", 5 → 6:
 * "Make 6 attempts within 2 weeks"). A title that has the old target not exactly once (none, or
 * "Make 2 calls in 2 days") is left as it is, and `titleTargetMismatch` says so on screen.
 */
export function retitleCommitment(title: string, oldTarget: number, newTarget: number): string {
  if (!Number.isFinite(oldTarget) || !Number.isFinite(newTarget) || oldTarget === newTarget) return title;
  const hits = numbersIn(title).filter((n) => n.value === oldTarget);
  if (hits.length !== 1) return title;
  const [hit] = hits;
  return title.slice(0, hit.index) + titleFigure(newTarget) + title.slice(hit.index + hit.text.length);
}

/** A row with a new target, its title following the number when the title carried it. */
function withTarget(row: Commitment, target: number): Commitment {
  return { ...row, target, commitment: retitleCommitment(row.commitment, row.target, target) };
}

/**
 * The warning shown beside a commitment whose title names a number but not its target (a title
 * typed by hand that no longer matches), or null when the title has no number or names the target.
 */
export function titleTargetMismatch(row: Pick<Commitment, 'commitment' | 'target' | 'unit'>): string | null {
  const numbers = numbersIn(row.commitment);
  if (numbers.length === 0 || numbers.some((n) => n.value === row.target)) return null;
  const said = [...new Set(numbers.map((n) => n.text))].join(' and ');
  const unit = row.unit ? ` ${row.unit}` : '';
  return `The title says ${said}, the target is ${titleFigure(row.target)}${unit}: check that they agree.`;
}

/**
 * Refreshes derived targets from the goals. A row someone overrode keeps its typed target;
 * rows that do not change keep their identity so React can skip them.
 */
export function syncDerivedCommitments(rows: readonly Commitment[], goals: Goals): Commitment[] {
  return rows.map((row) => {
    if (row.overridden) return row;
    const target = derivedTarget(row, goals);
    return target === null || target === row.target ? row : withTarget(row, target);
  });
}

/** A person typed a target: keep it, and stop the funnel from overwriting it on a derived row. */
export function overrideCommitment(rows: readonly Commitment[], id: string, target: number): Commitment[] {
  return rows.map((row) =>
    row.id === id ? { ...withTarget(row, target), overridden: row.derivedFrom !== null ? true : row.overridden } : row,
  );
}

/** Gives a derived row back to the funnel: it follows the goals again from now on. */
export function resetOverride(rows: readonly Commitment[], id: string, goals: Goals): Commitment[] {
  return rows.map((row) => {
    if (row.id !== id) return row;
    const target = derivedTarget(row, goals);
    return { ...withTarget(row, target ?? row.target), overridden: false };
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
