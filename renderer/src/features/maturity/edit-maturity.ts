import type { Workshop } from '../../../../shared/model/workshop';
import type { ConsentTeam } from '../../../../shared/rules/consent';
import { rateStatement, submitAnswers } from '../../../../shared/rules/maturity';
import { useEditor } from '../../stores/editor';

type Maturity = Workshop['maturity'];

/** One user action on the maturity check; each is an undo step. A change the rules refuse saves nothing. */
export function editMaturity(change: (m: Maturity) => Maturity) {
  const { workshop, editWorkshop } = useEditor.getState();
  if (!workshop || change(workshop.maturity) === workshop.maturity) return;
  editWorkshop((w) => ({ ...w, maturity: change(w.maturity) }));
}

export function rate(team: ConsentTeam, statementId: string, rating: number) {
  editMaturity((m) => rateStatement(m, team, statementId, rating));
}

export function setSubmitted(team: ConsentTeam, submitted: boolean) {
  editMaturity((m) => submitAnswers(m, team, submitted));
}

export function setRevealed(revealed: boolean) {
  editMaturity((m) => ({ ...m, revealed }));
}
