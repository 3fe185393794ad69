import { describe, expect, it } from 'vitest';
import type { ClientRect, CollisionDetection, DroppableContainer } from '@dnd-kit/core';
import { boardCollisions } from '../../../../renderer/src/features/scoring/collision';

type Args = Parameters<CollisionDetection>[0];

/** A measured rect like dnd-kit's: every read of an edge re-reads the scroll offset (counted here). */
function measured(box: { top: number; left: number; width: number; height: number }, scroll: { y: number; reads: number }) {
  const at = scroll.y;
  const edge = (value: number, vertical: boolean) => () => {
    scroll.reads += 1;
    return vertical ? value + (at - scroll.y) : value;
  };
  const rect = { width: box.width, height: box.height } as ClientRect;
  Object.defineProperty(rect, 'top', { get: edge(box.top, true), enumerable: true });
  Object.defineProperty(rect, 'bottom', { get: edge(box.top + box.height, true), enumerable: true });
  Object.defineProperty(rect, 'left', { get: edge(box.left, false), enumerable: true });
  Object.defineProperty(rect, 'right', { get: edge(box.left + box.width, false), enumerable: true });
  return rect;
}

function board(scroll: { y: number; reads: number }) {
  const zones: [string, { top: number; left: number; width: number; height: number }][] = [
    ['tier:Strong', { top: 0, left: 0, width: 900, height: 200 }],
    ['card-a', { top: 40, left: 10, width: 200, height: 60 }],
    ['card-b', { top: 40, left: 220, width: 200, height: 60 }],
    ['tier:Weak', { top: 220, left: 0, width: 900, height: 200 }],
    ['card-c', { top: 260, left: 10, width: 200, height: 60 }],
  ];
  const droppableRects = new Map(zones.map(([id, box]) => [id, measured(box, scroll)]));
  const droppableContainers = zones.map(([id]) => ({ id, disabled: false }) as unknown as DroppableContainer);
  return { droppableRects, droppableContainers };
}

const args = (b: ReturnType<typeof board>, pointer: { x: number; y: number } | null, dragged: ClientRect): Args =>
  ({ ...b, active: { id: 'card-a' }, collisionRect: dragged, pointerCoordinates: pointer }) as unknown as Args;

const DRAGGED = { top: 250, left: 5, bottom: 310, right: 205, width: 200, height: 60 } as ClientRect;

describe('board collisions', () => {
  it('prefers the card under the pointer to its band, and the band in its empty space', () => {
    const scroll = { y: 0, reads: 0 };
    const b = board(scroll);
    expect(boardCollisions(args(b, { x: 300, y: 70 }, DRAGGED)).map((c) => c.id)).toEqual(['card-b']);
    expect(boardCollisions(args(b, { x: 700, y: 150 }, DRAGGED)).map((c) => c.id)).toEqual(['tier:Strong']);
  });

  it('falls back to the closest corners of the dragged card without a pointer (keyboard)', () => {
    const b = board({ y: 0, reads: 0 });
    expect(boardCollisions(args(b, null, DRAGGED))[0]!.id).toBe('card-c');
  });

  it('follows scrolling: rects move with the scroll container', () => {
    const scroll = { y: 0, reads: 0 };
    const b = board(scroll);
    boardCollisions(args(b, { x: 300, y: 70 }, DRAGGED));
    scroll.y = 220; // scrolled down by the height of a tier: Weak's cards are now where Strong's were
    expect(boardCollisions(args(b, { x: 100, y: 70 }, DRAGGED)).map((c) => c.id)).toEqual(['card-c']);
  });

  it('reads the measured rects once per measurement, then only one rect per pointer move', () => {
    const scroll = { y: 0, reads: 0 };
    const b = board(scroll);
    boardCollisions(args(b, { x: 300, y: 70 }, DRAGGED));
    const first = scroll.reads;
    for (let i = 0; i < 10; i += 1) boardCollisions(args(b, { x: 300 + i, y: 70 }, DRAGGED));
    expect(first).toBeGreaterThanOrEqual(5 * 4);
    expect(scroll.reads - first).toBeLessThanOrEqual(10 * 2);
  });
});
