/** In-page instruments for the backtest scenario (self-contained: Playwright serialises them). */

declare global {
  interface Window {
    __benchScored?: number[];
    __benchParsed?: number[];
    __benchLongTasks?: number[];
    Papa?: { parse(file: File, config: Record<string, unknown>): void };
  }
}

/**
 * Init script: notes when each "scored" answer of any worker reaches the page, and every long
 * task on the main thread. The app's Worker is the browser's own; only a listener is added.
 */
export function installBacktestProbe(): void {
  window.__benchScored = [];
  window.__benchParsed = [];
  window.__benchLongTasks = [];
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
        if (event.data?.type === 'scored') window.__benchScored!.push(performance.now());
        if (event.data?.type === 'parsed') window.__benchParsed!.push(performance.now());
      });
    }
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks!.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/** Resolves with the time of the first "scored" answer after `since`. */
export function scoredAfter(since: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const until = performance.now() + 120_000;
    const poll = () => {
      const at = window.__benchScored!.find((t) => t > since);
      if (at !== undefined) resolve(at);
      else if (performance.now() > until) reject(new Error('No backtest result arrived'));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

/** Clicks a button and returns when (performance.now) it was clicked. */
export function clickAt(label: string): number {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
  if (!button) throw new Error(`No button “${label}”`);
  const at = performance.now();
  button.click();
  return at;
}

/** The baseline: papaparse alone reading the same File with the app's chunk size, rows only counted. */
export function barePapaparse(inputId: string): Promise<{ ms: number; rows: number }> {
  const file = (document.getElementById(inputId) as HTMLInputElement).files![0]!;
  return new Promise((resolve, reject) => {
    let rows = 0;
    const start = performance.now();
    window.Papa!.parse(file, {
      chunkSize: 4 * 1024 * 1024,
      skipEmptyLines: false,
      chunk: (results: { data: unknown[] }) => (rows += results.data.length),
      complete: () => resolve({ ms: performance.now() - start, rows }),
      error: (e: Error) => reject(e),
    });
  });
}
