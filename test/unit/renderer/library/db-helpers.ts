import { openDatabase, type CommonGroundDb } from '../../../../renderer/src/db/database';

let counter = 0;
/** A fresh, uniquely named database per test (fake-indexeddb keeps them all in memory). */
export function freshDb(): CommonGroundDb {
  counter += 1;
  return openDatabase(`cg-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Every row of every table, sorted, so two dumps compare equal only if nothing changed. */
export async function dump(db: CommonGroundDb): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return JSON.stringify(out);
}
