import { memo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, rectSortingStrategy } from '@dnd-kit/sortable';
import type { Criterion, Tier } from '../../../../shared/model/scoring';
import { TIER_BASE_POINTS, formatPoints } from '../../../../shared/rules/scoring';
import { SortableCard } from './CriterionCard';
import { tierDropId } from './board-drag';

interface TierBandProps {
  tier: Tier;
  ids: string[];
  byId: ReadonlyMap<string, Criterion>;
  points: ReadonlyMap<string, number>;
  scale: number;
  onEdit: (id: string) => void;
  /** A signed version: cards cannot be picked up. */
  locked: boolean;
}

/** One tier as a horizontal band: cards wrap in a grid, and an empty band still accepts a drop. */
export const TierBand = memo(function TierBand({ tier, ids, byId, points, scale, onEdit, locked }: TierBandProps) {
  const { setNodeRef, isOver } = useDroppable({ id: tierDropId(tier) });
  const headingId = `tier-${tier}`;
  return (
    <section className="sc-tier" data-tier={tier} data-over={isOver || undefined} aria-labelledby={headingId}>
      <header className="sc-tier-head">
        <h3 id={headingId}>{tier}</h3>
        <span className="muted sc-tier-base">{tier === 'Ignore' ? '0 pts' : `base ${formatPoints(TIER_BASE_POINTS[tier])}`}</span>
        <span className="muted sc-tier-count">{ids.length}</span>
      </header>
      <SortableContext id={tier} items={ids} strategy={rectSortingStrategy} disabled={locked}>
        <ul ref={setNodeRef} className="sc-tier-cards" aria-label={`${tier} tier`}>
          {ids.map((id) => {
            const c = byId.get(id);
            return c ? <SortableCard key={id} criterion={c} points={points.get(id) ?? 0} scale={scale} onEdit={onEdit} /> : null;
          })}
          {ids.length === 0 && <li className="sc-tier-empty muted">Drop a card here</li>}
        </ul>
      </SortableContext>
    </section>
  );
});
