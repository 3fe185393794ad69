import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './services/atomic-file';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;

/** How much of the window must overlap a display for it to count as reachable by the mouse. */
const MIN_VISIBLE = { width: 120, height: 60 } as const;

const RectSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
const WindowStateSchema = z.object({ bounds: RectSchema, maximized: z.boolean().default(false) });

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * Puts saved bounds back only where a person can see and grab them. A monitor that was unplugged
 * since last time would otherwise leave the window off-screen. Picks the display the window
 * overlaps most, shrinks the window to that display's work area and slides it fully inside.
 * Returns null when no display shows enough of it: the caller then centres a default window.
 */
export function fitToDisplays(bounds: Rect, workAreas: Rect[]): Rect | null {
  const values = [bounds.x, bounds.y, bounds.width, bounds.height];
  if (!values.every(Number.isFinite) || bounds.width <= 0 || bounds.height <= 0) return null;
  let best: { area: Rect; size: number } | null = null;
  for (const area of workAreas) {
    const o = overlap(bounds, area);
    if (o.width < Math.min(MIN_VISIBLE.width, bounds.width) || o.height < Math.min(MIN_VISIBLE.height, bounds.height)) continue;
    if (!best || o.width * o.height > best.size) best = { area, size: o.width * o.height };
  }
  if (!best) return null;
  const { area } = best;
  const width = Math.min(Math.round(bounds.width), area.width);
  const height = Math.min(Math.round(bounds.height), area.height);
  const x = Math.min(Math.max(Math.round(bounds.x), area.x), area.x + area.width - width);
  const y = Math.min(Math.max(Math.round(bounds.y), area.y), area.y + area.height - height);
  return { x, y, width, height };
}

/** Reads the saved state; a missing, unreadable or malformed file simply means "no saved state". */
export async function loadWindowState(file: string): Promise<WindowState | null> {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  const bounds = {
    x: Math.round(state.bounds.x),
    y: Math.round(state.bounds.y),
    width: Math.round(state.bounds.width),
    height: Math.round(state.bounds.height),
  };
  await writeFileAtomic(file, JSON.stringify({ bounds, maximized: state.maximized }, null, 2));
}
