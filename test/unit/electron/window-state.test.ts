import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fitToDisplays, loadWindowState, saveWindowState, type Rect } from '../../../electron/main/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const rightMonitor: Rect = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('fitToDisplays', () => {
  it('keeps bounds that are fully on a display', () => {
    const bounds = { x: 100, y: 80, width: 1200, height: 700 };
    expect(fitToDisplays(bounds, [laptop])).toEqual(bounds);
  });

  it('refuses bounds on a monitor that has been unplugged', () => {
    expect(fitToDisplays({ x: 2000, y: 100, width: 1200, height: 800 }, [laptop])).toBeNull();
    expect(fitToDisplays({ x: 100, y: 100, width: 1200, height: 800 }, [])).toBeNull();
  });

  it('refuses a window that only peeks onto a display by a sliver', () => {
    expect(fitToDisplays({ x: 1400, y: 100, width: 1200, height: 800 }, [laptop])).toBeNull();
  });

  it('picks the display it overlaps most and slides it fully inside', () => {
    const fitted = fitToDisplays({ x: 1300, y: -100, width: 1600, height: 900 }, [laptop, rightMonitor]);
    expect(fitted).toEqual({ x: 1440, y: -100, width: 1600, height: 900 });
  });

  it('shrinks a window larger than the display', () => {
    expect(fitToDisplays({ x: -50, y: -50, width: 3000, height: 2000 }, [laptop])).toEqual(laptop);
  });

  it('rejects nonsense numbers', () => {
    expect(fitToDisplays({ x: Number.NaN, y: 0, width: 800, height: 600 }, [laptop])).toBeNull();
    expect(fitToDisplays({ x: 0, y: 0, width: -800, height: 600 }, [laptop])).toBeNull();
    expect(fitToDisplays({ x: 0, y: 0, width: Infinity, height: 600 }, [laptop])).toBeNull();
  });

  it('whatever it returns lies entirely within one of the displays', () => {
    const rect = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 1, max: 6000 }),
      height: fc.integer({ min: 1, max: 4000 }),
    });
    fc.assert(
      fc.property(rect, fc.array(rect, { minLength: 1, maxLength: 3 }), (bounds, displays) => {
        const fitted = fitToDisplays(bounds, displays);
        if (!fitted) return;
        const inside = displays.some(
          (d) => fitted.x >= d.x && fitted.y >= d.y && fitted.x + fitted.width <= d.x + d.width && fitted.y + fitted.height <= d.y + d.height,
        );
        expect(inside).toBe(true);
        expect(fitted.width).toBeLessThanOrEqual(bounds.width);
        expect(fitted.height).toBeLessThanOrEqual(bounds.height);
      }),
    );
  });
});

describe('window state file', () => {
  it('round-trips through userData with integer bounds, readable only by the user', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cg-state-')), 'window-state.json');
    await saveWindowState(file, { bounds: { x: 10.4, y: 20.6, width: 1000, height: 700 }, maximized: true });
    expect(await loadWindowState(file)).toEqual({ bounds: { x: 10, y: 21, width: 1000, height: 700 }, maximized: true });
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('treats a missing or malformed file as no saved state', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cg-state-'));
    expect(await loadWindowState(join(folder, 'absent.json'))).toBeNull();
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, '{"bounds": {"x": "left"');
    expect(await loadWindowState(broken)).toBeNull();
    writeFileSync(broken, JSON.stringify({ bounds: { x: 0, y: 0, width: 0, height: 10 } }));
    expect(await loadWindowState(broken)).toBeNull();
  });
});
