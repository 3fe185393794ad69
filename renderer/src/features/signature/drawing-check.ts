/** A stroke as signature_pad records it: points in CSS pixels relative to the canvas. */
export interface StrokePoints {
  points: readonly { x: number; y: number }[];
}

/** A signature must span at least this much: a dot or a flat dash is not a signature. */
export const MIN_WIDTH_PX = 60;
export const MIN_HEIGHT_PX = 15;
/** A single stroke whose points all lie this close to one straight line is a line, not a name. */
export const MIN_DEVIATION_PX = 6;

/** Largest distance of any point from the straight line through the stroke's first and last point. */
function deviationFromLine(points: readonly { x: number; y: number }[]): number {
  const first = points[0];
  const last = points[points.length - 1];
  const dx = last.x - first.x;
  const dy = last.y - first.y;
  const length = Math.hypot(dx, dy);
  let max = 0;
  for (const p of points) {
    const distance = length === 0 ? Math.hypot(p.x - first.x, p.y - first.y) : Math.abs(dy * (p.x - first.x) - dx * (p.y - first.y)) / length;
    max = Math.max(max, distance);
  }
  return max;
}

/**
 * Why a drawing cannot count as a signature, or null when it can: it must not be empty, must
 * span a minimum width and height, and a single stroke must not be a straight line.
 */
export function drawingProblem(strokes: readonly StrokePoints[]): string | null {
  const points = strokes.flatMap((s) => s.points);
  if (points.length === 0) return 'Draw your signature in the box first.';
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  if (width < MIN_WIDTH_PX || height < MIN_HEIGHT_PX) return 'That is too small to be a signature. Sign across the box, as you would on paper.';
  const drawn = strokes.filter((s) => s.points.length > 1);
  if (drawn.length <= 1 && deviationFromLine(drawn[0]?.points ?? points) < MIN_DEVIATION_PX) {
    return 'A straight line is not a signature. Please sign your name.';
  }
  return null;
}
