import type { ConsentTeam } from '../../../../shared/rules/consent';
import { rateStatement, submitAnswers } from '../../../../shared/rules/maturity';
import { edit } from '../../stores/edit';

/**
 * The maturity check's three actions, each one undo step through the edit command. A change the
 * rules refuse (a rating after the answers are in) returns the answers unchanged: nothing is saved.
 */
export function rate(team: ConsentTeam, statementId: string, rating: number) {
  edit('maturity', (m) => rateStatement(m, team, statementId, rating));
}

export function setSubmitted(team: ConsentTeam, submitted: boolean) {
  edit('maturity', (m) => submitAnswers(m, team, submitted));
}

export function setRevealed(revealed: boolean) {
  edit('maturity', (m) => ({ ...m, revealed }));
}
