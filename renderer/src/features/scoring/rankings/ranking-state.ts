import type { Criterion } from '../../../../../shared/model/scoring';
import type { Workshop } from '../../../../../shared/model/workshop';
import { normalizeBoard } from '../../../../../shared/rules/scoring';
import { edit } from '../../../stores/edit';

export type RankingTeam = 'Marketing' | 'Sales';
export type Rankings = Workshop['rankings'];

/** What the teams rank: every card except the Negative tier (warning signs are not "importance"). */
export function rankableCriteria(criteria: readonly Criterion[]): Criterion[] {
  return normalizeBoard(criteria).filter((c) => c.tier !== 'Negative');
}

/**
 * A team's saved order, brought up to date with the board: cards deleted since are dropped,
 * cards added since go to the end in board order. An empty saved order starts from the board.
 */
export function reconcileOrder(saved: readonly string[], rankable: readonly Criterion[]): string[] {
  const ids = new Set(rankable.map((c) => c.id));
  const kept = [...new Set(saved)].filter((id) => ids.has(id));
  const keptSet = new Set(kept);
  return [...kept, ...rankable.map((c) => c.id).filter((id) => !keptSet.has(id))];
}

/** Moves one id by `delta` places; unchanged at the ends. */
export function shiftId(order: readonly string[], id: string, delta: number): string[] {
  const from = order.indexOf(id);
  const to = from + delta;
  if (from === -1 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/** Plain words for a rank correlation, for people who do not read statistics. */
export function agreementWords(tau: number | null): string {
  if (tau === null) return 'Too few criteria to compare';
  if (tau >= 0.7) return 'Strong agreement';
  if (tau >= 0.3) return 'Partial agreement';
  if (tau > -0.3) return 'Little agreement';
  return 'Opposite views';
}

export const EMPTY_RANKINGS: Rankings = { Marketing: { order: [], submitted: false }, Sales: { order: [], submitted: false }, revealed: false };

/** One ranking action on the workshop (an undo step). */
export function editRankings(change: (r: Rankings) => Rankings): void {
  // Workshops stored before rankings existed have none yet.
  edit('rankings', (rankings) => change(rankings ?? EMPTY_RANKINGS));
}
