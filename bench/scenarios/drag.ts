/**
 * Scenario 2 — drag: a card dragged from Weak into Moderate with a real pointer on a board of 200
 * criteria with the live preview, against the same drag on a board of 10. Frame deltas come from
 * requestAnimationFrame in the page; drop → preview is pointerup → the preview's text changed.
 */
import type { Page } from 'playwright-core';
import { finishDragProbe, startDragProbe } from '../lib/drag-probe';
import { resultOf, type ScenarioResult } from '../lib/result';
import { quantile } from '../lib/stats';

const FRAME_MS = 1000 / 60;
/** One pointer event per frame, as a hand moving a card does. */
const STEP_PAUSE_MS = 16;

/**
 * Centres the dragged card (top of Weak, right under Moderate's last row) without smooth scrolling,
 * and waits until the layout has settled, so the pointer lands on the card it aims at.
 */
async function centreWeak(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Drag Whitepaper download', exact: true }).evaluate(async (el) => {
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

export async function openBoard(page: Page, appUrl: string, size: number): Promise<void> {
  await page.goto(`${appUrl}#/workshop/ws-board-${size}/scoring`);
  await page.locator('section[data-tier="Weak"] li.sc-card').first().waitFor();
  await centreWeak(page);
}

async function moveInSteps(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps: number) {
  for (let i = 1; i <= steps; i += 1) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
    await page.waitForTimeout(STEP_PAUSE_MS);
  }
}

/** Press, travel up into Moderate, hover over its cards for a while (a hand looking for the spot), release at its end. */
export async function dragOnce(page: Page, afterDrop?: (upAt: number) => Promise<void>): Promise<{ p95: number; dropToPreview: number; frames: number }> {
  const weak = page.locator('section[data-tier="Weak"]');
  const handle = page.getByRole('button', { name: 'Drag Whitepaper download', exact: true });
  const moderate = page.locator('section[data-tier="Moderate"] .sc-tier-cards');
  const h = (await handle.boundingBox())!;
  const m = (await moderate.boundingBox())!;
  const start = { x: h.x + h.width / 2, y: h.y + h.height / 2 };
  const end = { x: m.x + m.width - 40, y: m.y + m.height - 14 };
  const wander = { x: m.x + 60, y: Math.max(m.y + 10, end.y - 150) };
  await page.evaluate(startDragProbe);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await moveInSteps(page, start, { x: start.x + 6, y: start.y + 6 }, 3);
  await moveInSteps(page, { x: start.x + 6, y: start.y + 6 }, end, 15);
  await moveInSteps(page, end, wander, 20);
  await moveInSteps(page, wander, end, 20);
  await page.mouse.up();
  const probe = await page.evaluate(finishDragProbe);
  if (afterDrop) await afterDrop(await page.evaluate(() => window.__benchDrag!.upAt));
  await page.locator('section[data-tier="Moderate"]').getByRole('button', { name: 'Drag Whitepaper download', exact: true }).waitFor();
  // Put the card back with the app's own undo, so every run starts from the same board.
  await page.keyboard.press('Control+z');
  await weak.getByRole('button', { name: 'Drag Whitepaper download', exact: true }).waitFor();
  await page.getByTestId('save-state').filter({ hasText: 'All changes saved' }).waitFor();
  await centreWeak(page);
  return { p95: quantile(probe.frames, 0.95), dropToPreview: probe.dropToPreview, frames: probe.frames.length };
}

async function dragRuns(page: Page, appUrl: string, size: number, runs: number, warmup: number) {
  await openBoard(page, appUrl, size);
  const out: { p95: number; dropToPreview: number; frames: number }[] = [];
  for (let i = 0; i < warmup + runs; i += 1) {
    const r = await dragOnce(page);
    if (i >= warmup) out.push(r);
  }
  return out;
}

export async function drag(page: Page, appUrl: string, runs: number, warmup: number): Promise<ScenarioResult[]> {
  const small = await dragRuns(page, appUrl, 10, runs, warmup);
  const large = await dragRuns(page, appUrl, 200, runs, warmup);
  const frames = large.reduce((n, r) => n + r.frames, 0);
  return [
    resultOf({
      name: 'drag: p95 frame, 200 criteria',
      runs: large.map((r) => r.p95),
      baselineRuns: small.map((r) => r.p95),
      target: '≤ 16.7 ms (one 60 Hz frame)',
      // rAF deltas jitter around the vsync period; a frame counts as kept if it is not late by a quarter frame.
      check: ({ median }) => median <= FRAME_MS * 1.25,
      note: `Chromium, real pointer drag Weak → Moderate with hovering (${frames} frames over ${runs} runs); per run the p95 of requestAnimationFrame deltas; met when ≤ 16.7 ms + a quarter-frame of timer jitter. No backtest loaded here; the same drag with the 1,000,000-row backtest loaded is in the backtest re-score line (extra). Baseline: same drag on a 10-criteria board.`,
    }),
    resultOf({
      name: 'drag: drop → updated preview, 200 criteria',
      runs: large.map((r) => r.dropToPreview),
      baselineRuns: small.map((r) => r.dropToPreview),
      target: '≤ 100 ms',
      check: ({ median }) => median <= 100,
      note: 'pointerup → the live preview’s text changed (store update, re-score of the sample leads, React commit).',
    }),
  ];
}
