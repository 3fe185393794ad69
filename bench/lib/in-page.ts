/**
 * Functions evaluated inside the app page (serialised by Playwright, so they must be self-contained).
 */

/**
 * Changes a control the way a user does (React sees a normal input/change event) and resolves with
 * the ms until the library table shows a different, settled result.
 */
export function changeAndTimeListUpdate(args: { selector: string; value: string; event: string }): Promise<number> {
  const table = document.querySelector('table.library-table')!;
  const range = document.querySelector('[data-testid="library-range"]');
  const signature = () => `${range?.textContent ?? ''}|${table.querySelector('tbody')?.textContent ?? ''}`;
  const before = signature();
  const control = document.querySelector(args.selector) as HTMLInputElement | HTMLSelectElement;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The list did not change after setting ${args.selector} to ${args.value}`)), 10_000);
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (table.getAttribute('aria-busy') === 'true' || signature() === before) return;
      const at = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      resolve(at - start);
    });
    observer.observe(document.querySelector('.page') ?? document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    const proto = control instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(control, args.value);
    control.dispatchEvent(new Event(args.event, { bubbles: true }));
  });
}

declare global {
  interface Window {
    Dexie?: {
      new (name: string): { open(): Promise<unknown>; table(name: string): BenchTable; close(): void };
      minKey: unknown;
      maxKey: unknown;
    };
    __benchDb?: { table(name: string): BenchTable };
  }
}
interface BenchCollection {
  reverse(): BenchCollection;
  limit(n: number): BenchCollection;
  toArray(): Promise<unknown[]>;
  primaryKeys(): Promise<unknown[]>;
}
interface BenchTable {
  where(index: string): { startsWith(p: string): BenchCollection; between(a: unknown, b: unknown): BenchCollection };
}

/** The library baseline: the same query as two bare Dexie index lookups (word prefix, then a status page). */
export async function bareDexieQuery(args: { term: string; status: string; pageSize: number }): Promise<{ ms: number; hits: number }> {
  const Dexie = window.Dexie!;
  if (!window.__benchDb) {
    const db = new Dexie('common-ground');
    await db.open();
    window.__benchDb = db;
  }
  const db = window.__benchDb;
  const start = performance.now();
  const hits = await db.table('search').where('words').startsWith(args.term).primaryKeys();
  await db.table('versions').where('[status+updatedAt]').between([args.status, Dexie.minKey], [args.status, Dexie.maxKey]).reverse().limit(args.pageSize + 1).toArray();
  return { ms: performance.now() - start, hits: hits.length };
}
