import type Dexie from 'dexie';

/**
 * The hook database.ts runs with the old data before a schema upgrade, so a migration can always
 * be undone. Its own module, free of Dexie and of the database code, so main.tsx can register the
 * backup before anything opens the database without loading either into the start-up bundle.
 */
export type BeforeUpgrade = (oldDatabase: Dexie, oldVersion: number) => Promise<void>;

let beforeUpgrade: BeforeUpgrade | null = null;

/** Sets (or, with null, removes) the hook; the app's is registered in main.tsx. */
export function onBeforeUpgrade(hook: BeforeUpgrade | null): void {
  beforeUpgrade = hook;
}

export function beforeUpgradeHook(): BeforeUpgrade | null {
  return beforeUpgrade;
}
