import { TIERS, TierSchema, type Criterion, type Tier } from '../../../../shared/model/scoring';
import { groupByTier } from '../../../../shared/rules/scoring';

/**
 * The board while a card is being dragged: card ids per tier, top first. Kept apart from the
 * store so hovering over other tiers only re-renders the board, and the store changes once, on drop.
 */
export type Columns = Record<Tier, string[]>;

const TIER_PREFIX = 'tier:';
export const tierDropId = (tier: Tier) => `${TIER_PREFIX}${tier}`;

export function columnsOf(criteria: readonly Criterion[]): Columns {
  const groups = groupByTier(criteria);
  return Object.fromEntries(TIERS.map((t) => [t, groups[t].map((c) => c.id)])) as Columns;
}

/** The tier a card id or a tier drop-zone id belongs to, or null when unknown. */
export function tierOf(columns: Columns, id: string): Tier | null {
  if (id.startsWith(TIER_PREFIX)) {
    const parsed = TierSchema.safeParse(id.slice(TIER_PREFIX.length));
    return parsed.success ? parsed.data : null;
  }
  return TIERS.find((t) => columns[t].includes(id)) ?? null;
}

/** While hovering another tier, the dragged card joins it where the pointer is (or at the end of an empty band). */
export function moveAcross(columns: Columns, activeId: string, overId: string): Columns {
  const from = tierOf(columns, activeId);
  const to = tierOf(columns, overId);
  if (!from || !to || from === to) return columns;
  const target = columns[to].filter((id) => id !== activeId);
  const overIndex = target.indexOf(overId);
  target.splice(overIndex === -1 ? target.length : overIndex, 0, activeId);
  return { ...columns, [from]: columns[from].filter((id) => id !== activeId), [to]: target };
}

/** Where the card lands on drop: its tier in the draft and its index there, after any reorder within the tier. */
export function dropPlacement(columns: Columns, activeId: string, overId: string | null): { tier: Tier; index: number } | null {
  const tier = tierOf(columns, activeId);
  if (!tier) return null;
  const list = columns[tier];
  const from = list.indexOf(activeId);
  const overIndex = overId ? list.indexOf(overId) : -1;
  return { tier, index: overIndex === -1 ? from : overIndex };
}

/** "Demo request, position 2 of 5 in Strong": what a screen reader hears while moving a card. */
export function positionSentence(label: string, columns: Columns, id: string): string {
  const tier = tierOf(columns, id);
  if (!tier) return label;
  const list = columns[tier];
  return `${label}, position ${list.indexOf(id) + 1} of ${list.length} in ${tier}`;
}

/** Where the card would land if dropped on `overId` right now (announcements run before the draft updates). */
export function prospectiveColumns(columns: Columns, activeId: string, overId: string | null): Columns {
  if (!overId) return columns;
  const moved = moveAcross(columns, activeId, overId);
  if (moved !== columns) return moved;
  const tier = tierOf(columns, activeId);
  const placement = dropPlacement(columns, activeId, overId);
  if (!tier || !placement) return columns;
  const list = columns[tier].filter((id) => id !== activeId);
  list.splice(placement.index, 0, activeId);
  return { ...columns, [tier]: list };
}
