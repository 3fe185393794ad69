import type { ClientRect, Collision, CollisionDetection, DroppableContainer, UniqueIdentifier } from '@dnd-kit/core';

type Args = Parameters<CollisionDetection>[0];
type Box = Pick<ClientRect, 'top' | 'left' | 'bottom' | 'right'>;

interface Snapshot {
  boxes: Map<UniqueIdentifier, Box>;
  /** One measured rect and where it was when the snapshot was taken: its drift is everyone's drift. */
  probe: { rect: ClientRect; top: number; left: number } | null;
}

/**
 * dnd-kit's measured rects recompute their scroll offset on every property read, walking the
 * scrollable ancestors each time. Checking 200 cards read them about 800 times per pointer move,
 * tens of milliseconds inside the drag-start and drop renders. Every drop zone on the board sits
 * in the same scroll containers, so the rects are copied once per measurement (dnd-kit hands a
 * new map when it re-measures) and shifted by how far one of them has drifted since.
 */
const snapshots = new WeakMap<Args['droppableRects'], Snapshot>();

function snapshotOf(rects: Args['droppableRects']): Snapshot {
  let snapshot = snapshots.get(rects);
  if (!snapshot) {
    const boxes = new Map<UniqueIdentifier, Box>();
    let probe: Snapshot['probe'] = null;
    for (const [id, rect] of rects) {
      boxes.set(id, { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right });
      probe ??= { rect, top: rect.top, left: rect.left };
    }
    snapshot = { boxes, probe };
    snapshots.set(rects, snapshot);
  }
  return snapshot;
}

/** The drop zones' boxes as they are on screen now. */
function currentBoxes(args: Args): { container: DroppableContainer; box: Box }[] {
  const { boxes, probe } = snapshotOf(args.droppableRects);
  const dy = probe ? probe.rect.top - probe.top : 0;
  const dx = probe ? probe.rect.left - probe.left : 0;
  const out: { container: DroppableContainer; box: Box }[] = [];
  for (const container of args.droppableContainers) {
    const b = boxes.get(container.id);
    if (b) out.push({ container, box: { top: b.top + dy, bottom: b.bottom + dy, left: b.left + dx, right: b.right + dx } });
  }
  return out;
}

const corners = (b: Box) => [
  { x: b.left, y: b.top },
  { x: b.right, y: b.top },
  { x: b.left, y: b.bottom },
  { x: b.right, y: b.bottom },
];
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

/** Mean distance between matching corners, as dnd-kit's closestCorners measures it. */
function cornerDistance(a: Box, b: Box): number {
  const ca = corners(a);
  return corners(b).reduce((sum, corner, i) => sum + distance(corner, ca[i]!), 0) / 4;
}

const collision = (container: DroppableContainer, value: number): Collision => ({ id: container.id, data: { droppableContainer: container, value } });
const byValue = (a: Collision, b: Collision) => (a.data!.value as number) - (b.data!.value as number);

/**
 * What is under the pointer wins, a card before its band, so dropping in a band's empty space lands
 * there (corner distance alone picked the card's own placeholder when the bands are wide). Keyboard
 * moves have no pointer and fall back to the closest corners of the dragged card.
 */
export const boardCollisions: CollisionDetection = (args) => {
  const zones = currentBoxes(args);
  const pointer = args.pointerCoordinates;
  if (pointer) {
    const under = zones
      .filter(({ box }) => box.left <= pointer.x && pointer.x <= box.right && box.top <= pointer.y && pointer.y <= box.bottom)
      .map(({ container, box }) => collision(container, corners(box).reduce((sum, c) => sum + distance(pointer, c), 0) / 4))
      .sort(byValue);
    const cards = under.filter((c) => !String(c.id).startsWith('tier:'));
    if (cards.length > 0) return cards;
    if (under.length > 0) return under;
  }
  const dragged = args.collisionRect;
  return zones.map(({ container, box }) => collision(container, cornerDistance(dragged, box))).sort(byValue);
};
