import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Commitment } from '../../../../shared/model/commitments';
import { titleTargetMismatch } from '../../../../shared/rules/goals';

export interface RowActions {
  edit: (row: Commitment) => void;
  remove: (row: Commitment) => void;
  move: (index: number, offset: number) => void;
  resetToFunnel: (row: Commitment) => void;
}

function Source({ row, onReset }: { row: Commitment; onReset: () => void }) {
  if (row.derivedFrom === null) return <span className="muted">Typed</span>;
  if (!row.overridden) return <span className="badge badge-funnel" data-testid="source">From the funnel</span>;
  return (
    <span className="source-manual">
      <span className="badge badge-draft" data-testid="source">Set by hand</span>
      <button className="btn btn-small btn-ghost" onClick={onReset} aria-label={`Reset "${row.commitment}" to the funnel`}>
        Reset to funnel
      </button>
    </span>
  );
}

/** One commitment: a drag handle (mouse or keyboard), its terms, and buttons for every action. */
export function CommitmentRow({ row, index, count, actions }: { row: Commitment; index: number; count: number; actions: RowActions }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: row.id });
  const style = { transform: CSS.Translate.toString(transform), transition };
  const mismatch = titleTargetMismatch(row);
  return (
    <tr ref={setNodeRef} style={style} data-dragging={isDragging || undefined} data-testid="commitment-row">
      <td className="drag-cell">
        <button ref={setActivatorNodeRef} className="drag-handle" {...attributes} {...listeners} aria-label={`Reorder "${row.commitment}"`}>
          ⠿
        </button>
      </td>
      <td><span className={`badge owner-${row.owner}`}>{row.owner}</span></td>
      <td className="commitment-text">
        <strong>{row.commitment}</strong>
        <span className="muted">{row.metric}</span>
        {mismatch && (
          <span className="commitment-mismatch" data-testid="title-mismatch">
            {mismatch}
          </span>
        )}
      </td>
      <td className="commitment-target" data-testid="commitment-target">
        <strong>{row.target.toLocaleString()}</strong> {row.unit}
        <span className="muted"> · {row.period}</span>
      </td>
      <td><Source row={row} onReset={() => actions.resetToFunnel(row)} /></td>
      <td className="row-actions">
        <button className="btn btn-small btn-ghost" onClick={() => actions.move(index, -1)} disabled={index === 0} aria-label={`Move "${row.commitment}" up`}>↑</button>
        <button className="btn btn-small btn-ghost" onClick={() => actions.move(index, 1)} disabled={index === count - 1} aria-label={`Move "${row.commitment}" down`}>↓</button>
        <button className="btn btn-small" onClick={() => actions.edit(row)} aria-label={`Edit "${row.commitment}"`}>Edit</button>
        <button className="btn btn-small btn-ghost btn-danger-text" onClick={() => actions.remove(row)} aria-label={`Delete "${row.commitment}"`}>Delete</button>
      </td>
    </tr>
  );
}
