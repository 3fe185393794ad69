import { useState } from 'react';
import type { Commitment } from '../../../../shared/model/commitments';
import { moveRow, resetOverride } from '../../../../shared/rules/goals';
import { edit, refusalOf } from '../../stores/edit';
import { undo, useEditor } from '../../stores/editor';
import { notify } from '../../ui/toast';
import { CommitmentDialog } from './CommitmentDialog';
import type { RowActions } from './CommitmentRow';
import { CommitmentTable } from './CommitmentTable';
import { ReasonCodes, ReviewDate } from './ReasonCodes';
import '../goals/goals.css';
import './commitments.css';

type DialogState = { open: false } | { open: true; row?: Commitment };

/** Step 7: what each side promises, measured and dated. */
export default function CommitmentsStep() {
  const commitments = useEditor((s) => s.version?.content.commitments);
  const [dialog, setDialog] = useState<DialogState>({ open: false });
  if (!commitments) return null;
  const rows = commitments.rows;

  const actions: RowActions = {
    edit: (row) => setDialog({ open: true, row }),
    remove: (row) => {
      if (edit('commitments', (c) => ({ ...c, rows: c.rows.filter((r) => r.id !== row.id) })).ok) {
        notify.undoable(`“${row.commitment}” deleted. Press Ctrl+Z to undo.`, undo);
      }
    },
    move: (index, offset) => edit('commitments', (c) => ({ ...c, rows: moveRow(c.rows, index, index + offset) })),
    resetToFunnel: (row) => {
      const goals = useEditor.getState().version?.content.goals;
      if (goals) edit('commitments', (c) => ({ ...c, rows: resetOverride(c.rows, row.id, goals) }));
    },
  };
  const save = (row: Commitment) =>
    refusalOf(edit('commitments', (c) => ({ ...c, rows: c.rows.some((r) => r.id === row.id) ? c.rows.map((r) => (r.id === row.id ? row : r)) : [...c.rows, row] })));

  return (
    <div className="stack commitments-step">
      <section className="card stack" aria-labelledby="commitments-heading">
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h2 id="commitments-heading">Commitments ({rows.length})</h2>
          <button className="btn btn-primary" onClick={() => setDialog({ open: true })}>Add a commitment</button>
        </div>
        <p className="muted">Drag a row by its handle (or focus it and press Space, then the arrow keys) to set the order. Marketing's MQL target follows the funnel until someone types another number.</p>
        <CommitmentTable rows={rows} actions={actions} />
      </section>
      <div className="grid-2">
        <ReasonCodes codes={commitments.reasonCodes} />
        <ReviewDate commitments={commitments} />
      </div>
      <CommitmentDialog open={dialog.open} row={dialog.open ? dialog.row : undefined} onOpenChange={(open) => !open && setDialog({ open: false })} onSave={save} />
    </div>
  );
}
