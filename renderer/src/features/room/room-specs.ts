import type { ActivitySpec } from '../../../../shared/room/protocol';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { StepId, Workshop } from '../../../../shared/model/workshop';
import { MATURITY_STATEMENTS } from '../../../../shared/rules/maturity';
import { STEP_LABELS } from '../../../../shared/rules/agenda';
import { rankableCriteria } from '../scoring/rankings/ranking-state';

/**
 * The activities the open workshop can send to phones, built from its own records, so a phone
 * only ever sees the statements, the criteria or the step of the workshop in the room.
 */
export function maturitySpec(): ActivitySpec {
  return { kind: 'maturity', statements: MATURITY_STATEMENTS.map((s) => ({ id: s.id, label: s.text })) };
}

export function rankingSpec(version: AgreementVersion): ActivitySpec | null {
  const criteria = rankableCriteria(version.content.scoring.criteria);
  return criteria.length >= 2 ? { kind: 'ranking', criteria: criteria.map((c) => ({ id: c.id, label: c.label })) } : null;
}

export function fistSpec(step: StepId, clause?: { id: string; label: string }): ActivitySpec {
  if (clause) return { kind: 'fist', step, clause, label: `Can you live with this clause of the agreement: “${clause.label}”?` };
  return { kind: 'fist', step, label: `Can you live with what we agreed on “${STEP_LABELS[step]}”?` };
}

/** The SLA's clauses (its commitments) a fist of five can be held on, one by one. */
export function clauseChoices(version: AgreementVersion): { id: string; label: string }[] {
  return version.content.commitments.rows.map((row) => ({ id: row.id, label: `${row.owner}: ${row.commitment}`.slice(0, 200) }));
}

/** The open parking-lot questions, for a dot vote on what to take up first. */
export function dotsSpec(parkingLot: Workshop['parkingLot'], dotsPerPerson: number): ActivitySpec | null {
  const open = parkingLot.filter((item) => !item.resolved);
  return open.length ? { kind: 'dots', items: open.map((i) => ({ id: i.id, label: i.text.slice(0, 200) })), dotsPerPerson } : null;
}

export function readySpec(): ActivitySpec {
  return { kind: 'ready', label: 'Everyone done?' };
}
