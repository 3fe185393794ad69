import { DndContext, KeyboardSensor, PointerSensor, TouchSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';

interface Props {
  order: string[];
  label: (id: string) => string;
  disabled: boolean;
  onChange: (order: string[]) => void;
}

/**
 * The criteria placed so far, in order: drag one by its handle, or move it with ↑ and ↓ (one tap,
 * no dragging, WCAG 2.5.7). A touch drag starts after a short press so the page still scrolls.
 */
export function PlacedList({ order, label, disabled, onChange }: Props) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const move = (from: number, to: number) => to >= 0 && to < order.length && onChange(arrayMove(order, from, to));
  const onDragEnd = ({ active, over }: DragEndEvent) => over && active.id !== over.id && move(order.indexOf(String(active.id)), order.indexOf(String(over.id)));
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={order} strategy={verticalListSortingStrategy} disabled={disabled}>
        <ol className="phone-ranked" aria-label="Your ranking so far">
          {order.map((id, i) => (
            <Row key={id} id={id} rank={i + 1} label={label(id)} first={i === 0} last={i === order.length - 1} disabled={disabled} onMove={(delta) => move(i, i + delta)} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function Row({ id, rank, label, first, last, disabled, onMove }: { id: string; rank: number; label: string; first: boolean; last: boolean; disabled: boolean; onMove: (delta: number) => void }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } = useSortable({ id, disabled });
  return (
    <li ref={setNodeRef} className="phone-ranked-row" style={{ transform: CSS.Translate.toString(transform), transition }}>
      <button ref={setActivatorNodeRef} type="button" className="phone-handle" aria-label={`Drag ${label}`} {...attributes} {...listeners}>
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="phone-rank">{rank}</span>
      <span className="phone-ranked-label">{label}</span>
      <button type="button" className="phone-button phone-small" disabled={disabled || first} onClick={() => onMove(-1)} aria-label={`Move ${label} up`}>
        ↑
      </button>
      <button type="button" className="phone-button phone-small" disabled={disabled || last} onClick={() => onMove(1)} aria-label={`Move ${label} down`}>
        ↓
      </button>
    </li>
  );
}
