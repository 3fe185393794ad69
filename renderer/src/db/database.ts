import Dexie from 'dexie';
import { DB_NAME, DB_VERSION, defineSchema, type CommonGroundDb } from './schema';
import { beforeUpgradeHook } from './before-upgrade';

/**
 * The app's connection to its database (`db`), and the guard that hands the old data to the
 * before-upgrade hook (registered by main.tsx: a backup) before a schema upgrade runs. The tables,
 * row types and schema versions are in schema.ts.
 */

export { DB_NAME, DB_VERSION, defineSchema };
export type { BacktestMappingRow, BacktestTableRow, CommonGroundDb, LibraryEntry, SearchRow, SettingRow } from './schema';
export { onBeforeUpgrade, type BeforeUpgrade } from './before-upgrade';

/** The stored schema version (as Dexie counts it), or null when the database does not exist yet. */
async function storedVersion(name: string): Promise<number | null> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return null;
  const found = (await indexedDB.databases()).find((d) => d.name === name);
  // Dexie stores version n as IndexedDB version n × 10.
  return found?.version ? found.version / 10 : null;
}

/**
 * Runs the before-upgrade hook on the first open when the stored database is older than this
 * build: the old data is opened read-only as it is (no schema declared) and handed over first.
 * A failing hook never blocks the app from opening.
 */
function guardUpgrades(db: Dexie, name: string): void {
  const open = db.open.bind(db);
  let prepared: Promise<void> | null = null;
  const prepare = async () => {
    const hook = beforeUpgradeHook();
    // Once this build has opened the database, it cannot be older any more: skip the extra
    // IndexedDB round trip (indexedDB.databases()) that would otherwise delay every start-up.
    if (!hook || openedVersionHint() === DB_VERSION) return;
    const version = await storedVersion(name).catch(() => null);
    if (!hook || version === null || version >= DB_VERSION) return;
    const old = new Dexie(name);
    try {
      await old.open();
      await hook(old, version);
    } catch (error) {
      console.warn('Backup before the database upgrade failed', error);
    } finally {
      old.close();
    }
  };
  db.open = (() => {
    prepared ??= prepare();
    return prepared.then(() => open()).then((opened) => {
      rememberOpenedVersion();
      return opened;
    });
  }) as typeof db.open;
}

const OPENED_KEY = 'cg-db-opened-version';
function openedVersionHint(): number | null {
  try {
    return Number(localStorage.getItem(OPENED_KEY)) || null;
  } catch {
    return null;
  }
}
function rememberOpenedVersion(): void {
  try {
    if (openedVersionHint() !== DB_VERSION) localStorage.setItem(OPENED_KEY, String(DB_VERSION));
  } catch {
    // No localStorage: the next start asks indexedDB.databases() again.
  }
}

export function openDatabase(name = DB_NAME): CommonGroundDb {
  const db = new Dexie(name) as CommonGroundDb;
  defineSchema(db);
  return db;
}

export const db = openDatabase();
guardUpgrades(db, DB_NAME);
