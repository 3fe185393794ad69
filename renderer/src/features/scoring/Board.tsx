import { useCallback, useMemo, useRef, useState } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { TIERS, type Criterion } from '../../../../shared/model/scoring';
import { formatPoints, pointsByCriterion, sideEffectSentence } from '../../../../shared/rules/scoring';
import { TierBand } from './TierBand';
import { boardAnnouncements, SCREEN_READER_INSTRUCTIONS } from './announcements';
import { columnsOf, dropPlacement, moveAcross, type Columns } from './board-drag';
import { moveCard } from './card-actions';
import { boardCollisions } from './collision';
import { useIsFrozen } from '../workshop/useIsFrozen';

/** Scroll only when the pointer is really at the edge: the board fills the screen, so the default 20 % band made the page run away. */
const AUTO_SCROLL = { threshold: { x: 0.05, y: 0.08 } };

/** Criteria as the draft shows them, so points follow the card while it is dragged across tiers. */
function draftCriteria(criteria: readonly Criterion[], columns: Columns): Criterion[] {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  return TIERS.flatMap((tier) => columns[tier].flatMap((id, order) => (byId.has(id) ? [{ ...byId.get(id)!, tier, order }] : [])));
}

/**
 * The drag-to-weight board. While dragging, a local draft of the columns moves; the store
 * changes once on drop (one undo step) through the same moveCriterion as the Move menu.
 */
export function Board({ criteria, onEdit }: { criteria: Criterion[]; onEdit: (id: string) => void }) {
  const frozen = useIsFrozen();
  const [draft, setDraft] = useState<Columns | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const stored = useMemo(() => columnsOf(criteria), [criteria]);
  const columns = draft ?? stored;
  const byId = useMemo(() => new Map(criteria.map((c) => [c.id, c])), [criteria]);
  // At drag start the draft is the stored board itself, so nothing below recomputes or re-renders.
  const points = useMemo(() => pointsByCriterion(columns === stored ? criteria : draftCriteria(criteria, columns)), [criteria, columns, stored]);
  const scale = useMemo(() => Math.max(34, ...[...points.values()].map(Math.abs)), [points]);

  // Announcements are created once; refs let them read the live board.
  const live = useRef({ columns, stored, byId, criteria });
  live.current = { columns, stored, byId, criteria };
  const accessibility = useMemo(
    () => ({
      announcements: boardAnnouncements(
        (id) => live.current.byId.get(id)?.label ?? 'Card',
        () => live.current.columns,
        () => live.current.stored,
        (after, id) => sideEffectSentence(live.current.criteria, draftCriteria(live.current.criteria, after), id),
      ),
      screenReaderInstructions: SCREEN_READER_INSTRUCTIONS,
    }),
    [],
  );

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  const onDragStart = useCallback(({ active }: DragStartEvent) => {
    setActiveId(String(active.id));
    setDraft(live.current.stored);
  }, []);
  const onDragOver = useCallback(({ active, over }: DragOverEvent) => {
    if (!over) return;
    setDraft((d) => (d ? moveAcross(d, String(active.id), String(over.id)) : d));
  }, []);
  const onDragEnd = useCallback(({ active, over }: DragEndEvent) => {
    const current = live.current.columns;
    const id = String(active.id);
    setActiveId(null);
    setDraft(null);
    const placement = dropPlacement(current, id, over ? String(over.id) : null);
    const before = live.current.stored;
    if (!placement) return;
    const original = TIERS.find((t) => before[t].includes(id));
    if (original === placement.tier && before[placement.tier].indexOf(id) === placement.index) return;
    moveCard(id, placement.tier, placement.index, { spoken: true });
  }, []);
  const onDragCancel = useCallback(() => {
    setActiveId(null);
    setDraft(null);
  }, []);

  const active = activeId ? byId.get(activeId) : undefined;
  return (
    <DndContext sensors={sensors} autoScroll={AUTO_SCROLL} collisionDetection={boardCollisions} accessibility={accessibility} onDragStart={onDragStart} onDragOver={onDragOver} onDragEnd={onDragEnd} onDragCancel={onDragCancel}>
      <div className="sc-board" aria-label="Scoring board">
        {TIERS.map((tier) => (
          <TierBand key={tier} locked={frozen} tier={tier} ids={columns[tier]} byId={byId} points={points} scale={scale} onEdit={onEdit} />
        ))}
      </div>
      <DragOverlay>
        {active ? (
          <div className="sc-card sc-card-overlay" aria-hidden="true">
            <span className="sc-handle">⠿</span>
            <div className="sc-card-body">
              <div className="sc-card-top">
                <span className="sc-card-label">{active.label}</span>
                <span className="sc-points" data-negative={(points.get(active.id) ?? 0) < 0 || undefined}>
                  {formatPoints(points.get(active.id) ?? 0)}
                </span>
              </div>
            </div>
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
