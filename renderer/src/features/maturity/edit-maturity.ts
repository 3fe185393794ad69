import type { Workshop } from '../../../../shared/model/workshop';
import type { ConsentTeam } from '../../../../shared/rules/consent';
import { useEditor } from '../../stores/editor';

type Maturity = Workshop['maturity'];

/** One user action on the maturity check; each is an undo step. */
export function editMaturity(change: (m: Maturity) => Maturity) {
  useEditor.getState().editWorkshop((w) => ({ ...w, maturity: change(w.maturity) }));
}

/** After the reveal both views are on the wall: answers are locked until the facilitator hides them again. */
const locked = () => useEditor.getState().workshop?.maturity.revealed === true;

export function rate(team: ConsentTeam, statementId: string, rating: number) {
  if (locked()) return;
  editMaturity((m) => ({ ...m, [team]: { ...m[team], answers: { ...m[team].answers, [statementId]: rating } } }));
}

export function setSubmitted(team: ConsentTeam, submitted: boolean) {
  if (locked()) return;
  editMaturity((m) => ({ ...m, [team]: { ...m[team], submitted } }));
}

export function setRevealed(revealed: boolean) {
  editMaturity((m) => ({ ...m, revealed }));
}
