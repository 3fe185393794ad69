import { memo, useCallback, useRef } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Criterion } from '../../../../shared/model/scoring';
import { formatPoints } from '../../../../shared/rules/scoring';
import { edit } from '../../stores/edit';
import { Menu } from '../../ui/Menu';
import { deleteCard, duplicateCard, moveActions, sendToTierByKey } from './card-actions';
import { conditionSummary } from './criterion-form';
import { useNearViewport } from './near-viewport';
import { useDrift } from './use-drift';

interface CardProps {
  criterion: Criterion;
  points: number;
  /** Points that fill the whole bar, so bars compare across the board. */
  scale: number;
  onEdit: (id: string) => void;
}

/**
 * The sortable shell is light: dnd-kit re-renders every sortable item while dragging, so the
 * card's content sits in a memoised body that only redraws when its own data changes.
 */
export function SortableCard(props: CardProps) {
  const element = useRef<HTMLLIElement | null>(null);
  const near = useNearViewport(element);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: props.criterion.id, disabled: { droppable: !near } });
  const ref = useCallback(
    (li: HTMLLIElement | null) => {
      element.current = li;
      setNodeRef(li);
    },
    [setNodeRef],
  );
  return (
    <li ref={ref} className="sc-card" data-dragging={isDragging || undefined} data-testid={`card-${props.criterion.id}`} style={{ transform: CSS.Translate.toString(transform), transition }}>
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="sc-handle"
        aria-label={`Drag ${props.criterion.label}`}
        {...attributes}
        {...listeners}
        onKeyDown={(event) => {
          // 1–6 send the card to a tier; while it is being dragged the keys belong to dnd-kit.
          if (!isDragging && !event.altKey && !event.ctrlKey && !event.metaKey && sendToTierByKey(props.criterion.id, event.key)) return event.preventDefault();
          listeners?.onKeyDown?.(event);
        }}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <CardBody {...props} />
    </li>
  );
}

export const CardBody = memo(function CardBody({ criterion: c, points, scale, onEdit }: CardProps) {
  const drift = useDrift(c);
  const follow = drift.follow;
  const followAction = follow
    ? [{ label: 'Match the ideal customer', onSelect: () => void edit('scoring', (m) => ({ ...m, criteria: m.criteria.map((x) => (x.id === c.id ? { ...x, condition: follow } : x)) })) }]
    : [];
  const width = `${Math.min(100, (Math.abs(points) / Math.max(1, scale)) * 100)}%`;
  const pinned = c.pinnedPoints !== null;
  return (
    <div className="sc-card-body">
      <div className="sc-card-top">
        {/* Not a Tab stop: "Edit…" is in the card's menu, so a card is two stops (handle, menu), not three. */}
        <button type="button" className="sc-card-label" tabIndex={-1} onClick={() => onEdit(c.id)} title={`${conditionSummary(c.condition)}${c.description ? ` — ${c.description}` : ''}`}>
          {c.label}
        </button>
        <span className="sc-points" data-negative={points < 0 || undefined} aria-label={`${formatPoints(points)} points${pinned ? ', pinned' : ''}`}>
          {pinned && <span className="sc-pin" aria-hidden="true" title="Points typed by hand">●</span>}
          {formatPoints(points)}
        </span>
        <Menu
          label={`Actions for ${c.label}`}
          trigger={
            <button type="button" className="btn btn-ghost sc-menu-btn">
              <span aria-hidden="true">⋯</span>
            </button>
          }
          actions={[{ label: 'Edit…', onSelect: () => onEdit(c.id) }, ...followAction, { label: 'Duplicate', onSelect: () => duplicateCard(c.id) }, { label: 'Delete', onSelect: () => deleteCard(c.id) }, ...moveActions(c.id, c.tier)]}
        />
      </div>
      <div className="sc-card-meta">
        <span className={`sc-cat sc-cat-${c.category}`}>{c.category}</span>
        {c.disqualifies && <span className="sc-cat sc-dq">Disqualifies</span>}
        {drift.messages.length > 0 && (
          <button type="button" className="sc-drift" onClick={() => onEdit(c.id)} title={drift.messages.join(' ')} aria-label={`Check ${c.label}: ${drift.messages.join(' ')}`}>
            <span aria-hidden="true">⚠ </span>Check wording
          </button>
        )}
        <span className="sc-bar" aria-hidden="true">
          <span className="sc-bar-fill" data-negative={points < 0 || undefined} style={{ width }} />
        </span>
      </div>
    </div>
  );
});
