import { TIERS, type Tier } from '../../../../shared/model/scoring';
import { duplicateCriterion, groupByTier, moveCriterion, removeCriterion, sideEffectSentence } from '../../../../shared/rules/scoring';
import { edit } from '../../stores/edit';
import { undo } from '../../stores/editor';
import { notify } from '../../ui/toast';
import type { MenuAction } from '../../ui/Menu';
import { announce } from '../../ui/announce';
import { columnsOf, positionSentence } from './board-drag';
import { setBoardStatus } from './board-status';
import { currentScoring } from './scoring-model';

/**
 * Card commands shared by the card menu and tests; each is one undo step. A move also says, beside
 * the board, which other cards it re-priced (`spoken` false when a drag's announcement said it already).
 */
export function moveCard(id: string, tier: Tier, index: number, options: { spoken?: boolean } = {}): boolean {
  const before = currentScoring().criteria;
  const moved = edit('scoring', (m) => ({ ...m, criteria: moveCriterion(m.criteria, id, tier, index) })).ok;
  if (moved) {
    const after = currentScoring().criteria;
    const message = sideEffectSentence(before, after, id);
    setBoardStatus(message ? { message, board: after, speak: options.spoken !== true } : null);
  }
  return moved;
}

export function duplicateCard(id: string): boolean {
  return edit('scoring', (m) => ({ ...m, criteria: duplicateCriterion(m.criteria, id) })).ok;
}

export function deleteCard(id: string): void {
  const card = currentScoring().criteria.find((c) => c.id === id);
  if (!card) return;
  if (edit('scoring', (m) => ({ ...m, criteria: removeCriterion(m.criteria, id) })).ok) {
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

/**
 * After a move from the card's menu: say where the card is now, and put focus back on its menu
 * button. A move to another tier re-creates the card there, so the menu's own focus return finds
 * its old button gone; this runs after it.
 */
function settleAfterMove(id: string, moved: boolean): void {
  if (!moved) return;
  const criteria = currentScoring().criteria;
  const card = criteria.find((c) => c.id === id);
  if (!card) return;
  announce(`Moved ${positionSentence(card.label, columnsOf(criteria), id)}.`);
  requestAnimationFrame(() =>
    setTimeout(() => {
      document.querySelector<HTMLElement>(`[data-testid="card-${CSS.escape(id)}"] .sc-menu-btn`)?.focus();
    }, 0),
  );
}

/**
 * Keys 1–6 on a focused card's handle send it to the end of that tier (1 Critical … 6 Negative):
 * the keyboard's single-step way without dragging. Says where it landed and keeps focus on it.
 */
export function sendToTierByKey(id: string, key: string): boolean {
  const tier = TIERS[Number(key) - 1];
  if (!/^[1-6]$/.test(key) || !tier) return false;
  const card = currentScoring().criteria.find((c) => c.id === id);
  if (!card) return false;
  if (card.tier !== tier && moveCard(id, tier, Number.POSITIVE_INFINITY)) {
    const criteria = currentScoring().criteria;
    announce(`Moved ${positionSentence(card.label, columnsOf(criteria), id)}.`);
  }
  requestAnimationFrame(() => setTimeout(() => document.querySelector<HTMLElement>(`[data-testid="card-${CSS.escape(id)}"] .sc-handle`)?.focus(), 0));
  return true;
}

/** The non-drag way to move a card: up, down, and to the end of any other tier. */
export function moveActions(id: string, tier: Tier): MenuAction[] {
  return [
    { label: 'Move up', onSelect: () => settleAfterMove(id, moveBy(id, -1)) },
    { label: 'Move down', onSelect: () => settleAfterMove(id, moveBy(id, 1)) },
    ...TIERS.filter((t) => t !== tier).map((t) => ({ label: `Move to ${t}`, onSelect: () => settleAfterMove(id, moveCard(id, t, Number.POSITIVE_INFINITY)) })),
  ];
}
