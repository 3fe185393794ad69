import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Criterion } from '../../../../../shared/model/scoring';
import { editRankings, shiftId, type RankingTeam } from './ranking-state';

interface Props {
  team: RankingTeam;
  order: string[];
  byId: ReadonlyMap<string, Criterion>;
}

const saveOrder = (team: RankingTeam, order: string[]) => editRankings((r) => ({ ...r, [team]: { order, submitted: false } }));

/** One team's silent ranking: drag or use the arrow buttons; nothing of the other team is shown. */
export function TeamRanker({ team, order, byId }: Props) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const labelOf = (id: string | number) => byId.get(String(id))?.label ?? 'Criterion';
  const announcements = {
      onDragStart: ({ active }: { active: { id: string | number } }) => `Picked up ${labelOf(active.id)}, rank ${order.indexOf(String(active.id)) + 1} of ${order.length}.`,
      onDragOver: ({ active, over }: { active: { id: string | number }; over: { id: string | number } | null }) => (over ? `${labelOf(active.id)}, rank ${order.indexOf(String(over.id)) + 1} of ${order.length}.` : `${labelOf(active.id)} is not over the list.`),
      onDragEnd: ({ active, over }: { active: { id: string | number }; over: { id: string | number } | null }) => `Dropped ${labelOf(active.id)}${over ? ` at rank ${order.indexOf(String(over.id)) + 1}` : ''}.`,
      onDragCancel: ({ active }: { active: { id: string | number } }) => `Cancelled. ${labelOf(active.id)} stays at rank ${order.indexOf(String(active.id)) + 1}.`,
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    saveOrder(team, arrayMove(order, order.indexOf(String(active.id)), order.indexOf(String(over.id))));
  };
  return (
    <section className="card stack sc-ranker" aria-labelledby="ranker-heading" data-team={team}>
      <h2 id="ranker-heading" className={`team-${team}`}>
        {team} ranks silently
      </h2>
      <p className="muted">Most important first. {team === 'Marketing' ? 'Sales, please look away.' : 'Marketing’s ranking stays hidden until the reveal.'}</p>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements }}>
        <SortableContext items={order} strategy={verticalListSortingStrategy}>
          <ol className="sc-rank-list" aria-label={`${team} ranking`}>
            {order.map((id, i) => (
              <RankRow key={id} id={id} rank={i + 1} last={i === order.length - 1} label={labelOf(id)} team={team} order={order} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <div>
        <button type="button" className="btn btn-primary" onClick={() => editRankings((r) => ({ ...r, [team]: { order, submitted: true } }))}>
          Submit {team}’s ranking
        </button>
      </div>
    </section>
  );
}

function RankRow({ id, rank, last, label, team, order }: { id: string; rank: number; last: boolean; label: string; team: RankingTeam; order: string[] }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } = useSortable({ id });
  return (
    <li ref={setNodeRef} className="sc-rank-row" style={{ transform: CSS.Translate.toString(transform), transition }}>
      <button ref={setActivatorNodeRef} type="button" className="sc-handle" aria-label={`Drag ${label}`} {...attributes} {...listeners}>
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="sc-rank-num">{rank}</span>
      <span className="sc-rank-label">{label}</span>
      <button type="button" className="btn btn-ghost btn-small" aria-label={`Move ${label} up`} disabled={rank === 1} onClick={() => saveOrder(team, shiftId(order, id, -1))}>
        ↑
      </button>
      <button type="button" className="btn btn-ghost btn-small" aria-label={`Move ${label} down`} disabled={last} onClick={() => saveOrder(team, shiftId(order, id, 1))}>
        ↓
      </button>
    </li>
  );
}
