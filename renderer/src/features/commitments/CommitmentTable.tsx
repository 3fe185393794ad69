import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { useIsFrozen } from '../workshop/useIsFrozen';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Commitment } from '../../../../shared/model/commitments';
import { CommitmentRow, type RowActions } from './CommitmentRow';

interface CommitmentTableProps {
  rows: Commitment[];
  actions: RowActions;
}

/** Screen-reader announcements that name the commitment and its new place, not an internal id. */
function announcements(rows: Commitment[]): Announcements {
  const name = (id: string | number) => rows.find((r) => r.id === id)?.commitment ?? 'Commitment';
  const place = (id: string | number | undefined) => (id === undefined ? '' : `position ${rows.findIndex((r) => r.id === id) + 1} of ${rows.length}`);
  return {
    onDragStart: ({ active }) => `Picked up "${name(active.id)}". Use the arrow keys to move it, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) => (over ? `"${name(active.id)}" is over ${place(over.id)}.` : `"${name(active.id)}" is not over a row.`),
    onDragEnd: ({ active, over }) => (over ? `"${name(active.id)}" dropped at ${place(over.id)}.` : `"${name(active.id)}" dropped.`),
    onDragCancel: ({ active }) => `Moving "${name(active.id)}" was cancelled.`,
  };
}

/** The commitments in agreed order; rows move by dragging, by keyboard (Space, arrows, Space) or with the arrow buttons. */
export function CommitmentTable({ rows, actions }: CommitmentTableProps) {
  const frozen = useIsFrozen();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = rows.findIndex((r) => r.id === active.id);
    const to = rows.findIndex((r) => r.id === over.id);
    if (from >= 0 && to >= 0) actions.move(from, to - from);
  };
  if (rows.length === 0) return <p className="muted">No commitments yet. Add what each side promises.</p>;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements: announcements(rows), screenReaderInstructions: { draggable: 'To reorder, press Space, move with the arrow keys, and press Space again to drop. Escape cancels.' } }}
    >
      <table className="data commitments-table" aria-label="Commitments">
        <thead>
          <tr>
            <th scope="col"><span className="sr-only">Reorder</span></th>
            <th scope="col">Owner</th>
            <th scope="col">Commitment</th>
            <th scope="col">Target</th>
            <th scope="col">Source</th>
            <th scope="col"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          <SortableContext items={rows.map((r) => r.id)} strategy={verticalListSortingStrategy} disabled={frozen}>
            {rows.map((row, index) => (
              <CommitmentRow key={row.id} row={row} index={index} count={rows.length} actions={actions} />
            ))}
          </SortableContext>
        </tbody>
      </table>
    </DndContext>
  );
}
