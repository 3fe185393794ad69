/**
 * JS heap of the page and of each of its workers, after a forced GC, through the DevTools protocol.
 * Typed arrays live outside the V8 heap proper, so their backing stores are counted as well:
 * the backtest keeps its leads in typed arrays.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface HeapFigures {
  usedBytes: number;
  backingStoreBytes: number;
}

interface HeapUsage {
  usedSize: number;
  backingStorageSize?: number;
}

const figures = (u: HeapUsage): HeapFigures => ({ usedBytes: u.usedSize, backingStoreBytes: u.backingStorageSize ?? 0 });

export async function pageHeap(page: Page): Promise<HeapFigures> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return figures((await cdp.send('Runtime.getHeapUsage')) as HeapUsage);
  } finally {
    await cdp.detach();
  }
}

/** Talks to a worker target through the page's session (Target.sendMessageToTarget, non-flat). */
function workerCaller(cdp: CDPSession, sessionId: string) {
  const pending = new Map<number, (result: unknown) => void>();
  let next = 0;
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  return (method: string) =>
    new Promise<unknown>((resolve) => {
      next += 1;
      pending.set(next, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: next, method }) });
    });
}

export async function workerHeaps(page: Page): Promise<HeapFigures[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const out: HeapFigures[] = [];
    for (const target of targetInfos.filter((t) => t.type === 'worker')) {
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
      const call = workerCaller(cdp, sessionId);
      await call('HeapProfiler.collectGarbage');
      out.push(figures((await call('Runtime.getHeapUsage')) as HeapUsage));
      await cdp.send('Target.detachFromTarget', { sessionId });
    }
    return out;
  } finally {
    await cdp.detach();
  }
}
