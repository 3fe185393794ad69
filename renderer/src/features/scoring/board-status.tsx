import { useSyncExternalStore } from 'react';
import type { Criterion } from '../../../../shared/model/scoring';

/**
 * The line beside the board that says what else a move changed ("Also changed: Demo request
 * +34 → +32."): the positional bonus re-prices neighbours, and nobody should have to spot that.
 * It stands only while the board is the one the move produced (an undo or another edit hides it).
 */
interface BoardStatus {
  message: string;
  board: readonly Criterion[];
  /** False when the move's own announcement (a drag's live region) already said it, so it is not read twice. */
  speak: boolean;
}

let status: BoardStatus | null = null;
const listeners = new Set<() => void>();

export function setBoardStatus(next: BoardStatus | null): void {
  status = next;
  listeners.forEach((l) => l());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function BoardStatusLine({ criteria }: { criteria: readonly Criterion[] }) {
  const current = useSyncExternalStore(subscribe, () => status);
  const shown = current && current.board === criteria ? current : null;
  return (
    <p className="sc-board-status" aria-live={shown && !shown.speak ? 'off' : 'polite'} data-testid="board-status">
      {shown?.message}
    </p>
  );
}
