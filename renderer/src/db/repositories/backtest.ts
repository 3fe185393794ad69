import { z } from 'zod';
import { BacktestMappingSchema } from '../../../../shared/rules/backtest';
import { db as defaultDb } from '../database';
import type { BacktestMappingRow, BacktestTableRow, CommonGroundDb } from '../schema';
import { validOrThrow } from '../errors';

/** The rows are typed in schema.ts; re-exported here for the backtest screens and worker. */
export type { BacktestMappingRow, BacktestTableRow };

/** A stored mapping row, checked when a backup brings it back. */
export const BacktestMappingRowSchema = z.object({
  workshopId: z.string().min(1, 'A backtest mapping needs the workshop it belongs to').max(64),
  fileName: z.string().max(500),
  headers: z.array(z.string().max(1000)).max(5000, 'A backtest mapping lists at most 5,000 column headers'),
  mapping: BacktestMappingSchema,
  savedAt: z.string().max(40),
});

export async function getBacktestMapping(workshopId: string, database: CommonGroundDb = defaultDb): Promise<BacktestMappingRow | undefined> {
  return database.backtestMappings.get(workshopId);
}

/** Saves the mapping for the workshop; an invalid mapping is refused with the schema's sentence. */
export async function saveBacktestMapping(row: Omit<BacktestMappingRow, 'savedAt'>, database: CommonGroundDb = defaultDb): Promise<BacktestMappingRow> {
  const mapping = validOrThrow(BacktestMappingSchema, row.mapping);
  const stored: BacktestMappingRow = { ...row, mapping, savedAt: new Date().toISOString() };
  await database.backtestMappings.put(stored);
  return stored;
}

/** Reads the stored table. Meant for the worker: a million rows are tens of megabytes to clone. */
export async function getBacktestTable(workshopId: string, database: CommonGroundDb = defaultDb): Promise<BacktestTableRow | undefined> {
  return database.backtestTables.get(workshopId);
}

export async function saveBacktestTable(row: BacktestTableRow, database: CommonGroundDb = defaultDb): Promise<void> {
  await database.backtestTables.put(row);
}

/** Forgets a workshop's imported leads (the mapping stays, for the next import). */
export async function deleteBacktestTable(workshopId: string, database: CommonGroundDb = defaultDb): Promise<void> {
  await database.backtestTables.delete(workshopId);
}
