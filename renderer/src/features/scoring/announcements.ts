import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { positionSentence, prospectiveColumns, type Columns } from './board-drag';

export const SCREEN_READER_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To pick up a card, press Space or Enter. Arrow keys move it within a tier (left, right) and across tiers (up, down). Press Space or Enter to drop it, or Escape to cancel. Keys 1 to 6 send the card to a tier (1 Critical … 6 Negative) without dragging. Each card also has a Move menu.',
};

/**
 * Spoken feedback while moving a card by keyboard or mouse. `columns()` returns the board as
 * currently drafted; `originalColumns()` the board before the drag (for a cancel). `alsoChanged`
 * says which other cards the drop re-prices ("Also changed: Demo request +34 → +32.").
 */
export function boardAnnouncements(
  labelOf: (id: string) => string,
  columns: () => Columns,
  originalColumns: () => Columns,
  alsoChanged: (after: Columns, activeId: string) => string = () => '',
): Announcements {
  const id = (x: { id: string | number }) => String(x.id);
  return {
    onDragStart: ({ active }) => `Picked up ${positionSentence(labelOf(id(active)), columns(), id(active))}.`,
    onDragOver: ({ active, over }) => positionSentence(labelOf(id(active)), prospectiveColumns(columns(), id(active), over ? id(over) : null), id(active)),
    onDragEnd: ({ active, over }) => {
      const after = prospectiveColumns(columns(), id(active), over ? id(over) : null);
      return [`Dropped ${positionSentence(labelOf(id(active)), after, id(active))}.`, alsoChanged(after, id(active))].filter(Boolean).join(' ');
    },
    onDragCancel: ({ active }) => `Move cancelled. ${positionSentence(labelOf(id(active)), originalColumns(), id(active))}.`,
  };
}
