import { TIERS, type Tier } from '../../../../shared/model/scoring';
import { duplicateCriterion, groupByTier, moveCriterion, removeCriterion } from '../../../../shared/rules/scoring';
import { undo } from '../../stores/editor';
import { notify } from '../../ui/toast';
import type { MenuAction } from '../../ui/Menu';
import { currentScoring, editScoring } from './edit-scoring';

/** Card commands shared by the card menu and tests; each is one undo step. */
export function moveCard(id: string, tier: Tier, index: number): boolean {
  return editScoring((m) => ({ ...m, criteria: moveCriterion(m.criteria, id, tier, index) }));
}

export function duplicateCard(id: string): boolean {
  return editScoring((m) => ({ ...m, criteria: duplicateCriterion(m.criteria, id) }));
}

export function deleteCard(id: string): void {
  const card = currentScoring().criteria.find((c) => c.id === id);
  if (!card) return;
  if (editScoring((m) => ({ ...m, criteria: removeCriterion(m.criteria, id) }))) {
    notify.undoable(`“${card.label}” deleted. Press Ctrl+Z to undo.`, undo);
  }
}

/** Moves a card up (−1) or down (+1) inside its tier, reading the board as it is now; no-op at the ends. */
export function moveBy(id: string, delta: number): boolean {
  const model = currentScoring();
  const card = model.criteria.find((c) => c.id === id);
  if (!card) return false;
  const list = groupByTier(model.criteria)[card.tier];
  const position = list.findIndex((c) => c.id === id);
  const target = position + delta;
  if (target < 0 || target >= list.length) return false;
  return moveCard(id, card.tier, target);
}

/** The non-drag way to move a card: up, down, and to the end of any other tier. */
export function moveActions(id: string, tier: Tier): MenuAction[] {
  return [
    { label: 'Move up', onSelect: () => moveBy(id, -1) },
    { label: 'Move down', onSelect: () => moveBy(id, 1) },
    ...TIERS.filter((t) => t !== tier).map((t) => ({ label: `Move to ${t}`, onSelect: () => moveCard(id, t, Number.POSITIVE_INFINITY) })),
  ];
}
