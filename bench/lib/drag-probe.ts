/** In-page probes for the drag scenario (self-contained: Playwright serialises them). */

declare global {
  interface Window {
    __benchDrag?: { frames: number[]; running: boolean; downAt: number; upAt: number; previewAt: number };
  }
}

/** Starts collecting requestAnimationFrame deltas and watching the preview for the post-drop update. */
export function startDragProbe(): void {
  const state = { frames: [] as number[], running: true, downAt: 0, upAt: 0, previewAt: 0 };
  window.__benchDrag = state;
  let last = performance.now();
  const tick = (now: number) => {
    if (!state.running) return;
    if (state.downAt && !state.upAt) state.frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.addEventListener('pointerdown', () => (state.downAt = performance.now()), { capture: true, once: true });
  window.addEventListener('pointerup', () => (state.upAt = performance.now()), { capture: true, once: true });
  const preview = document.querySelector('.sc-preview')!;
  const before = preview.textContent;
  const observer = new MutationObserver(() => {
    if (!state.upAt || preview.textContent === before) return;
    state.previewAt = performance.now();
    observer.disconnect();
  });
  observer.observe(preview, { childList: true, subtree: true, characterData: true });
}

/** Waits for the preview update after the drop, then stops and returns what was measured. */
export function finishDragProbe(): Promise<{ frames: number[]; dropToPreview: number }> {
  const state = window.__benchDrag!;
  return new Promise((resolve, reject) => {
    const until = performance.now() + 5_000;
    const poll = () => {
      if (state.previewAt) {
        state.running = false;
        resolve({ frames: state.frames, dropToPreview: state.previewAt - state.upAt });
      } else if (performance.now() > until) {
        state.running = false;
        reject(new Error('The preview did not change after the drop'));
      } else setTimeout(poll, 20);
    };
    poll();
  });
}
