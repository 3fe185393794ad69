import type { AgreementContent } from '../model/agreement';
import { syncDerivedCommitments } from './goals/commitments';
import { funnelInputProblem } from './goals/funnel';

/**
 * The agreement after a change from `before` to `after`, with the fields that follow other fields
 * brought up to date. Today there is one: marketing's MQL commitment follows the funnel, so
 * whenever the goals or the commitments change, a derived row nobody overrode takes the funnel's
 * number (and its title follows). The editor store applies this to every write of the draft, so
 * no writer of goals or commitments has to remember it.
 *
 * Returns `after` itself when nothing follows, and keeps the identity of rows that did not change.
 * Uses no zod: the editor store, part of the start-up bundle, calls it.
 */
export function withDerivedFields(before: AgreementContent, after: AgreementContent): AgreementContent {
  if (after.goals === before.goals && after.commitments === before.commitments) return after;
  // Goals the funnel refuses have no number to follow; the edit command refuses them before this.
  if (funnelInputProblem(after.goals)) return after;
  const rows = syncDerivedCommitments(after.commitments.rows, after.goals);
  if (rows.every((row, index) => row === after.commitments.rows[index])) return after;
  return { ...after, commitments: { ...after.commitments, rows } };
}
