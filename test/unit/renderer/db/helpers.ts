import type { CommonGroundDb } from '../../../../renderer/src/db/database';
import type { BacktestMappingRow, BacktestTableRow } from '../../../../renderer/src/db/repositories/backtest';
import { createWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import type { Workshop } from '../../../../shared/model/workshop';

export { freshDb, dump } from '../library/db-helpers';

export const input = (organisation: string, quarter = '2027-Q1') => ({ organisation, title: 'Alignment', quarter, date: '2027-01-12', facilitator: 'Riley' });

export function mappingRow(workshopId: string): BacktestMappingRow {
  return {
    workshopId,
    fileName: 'leads.csv',
    headers: ['Outcome', 'Visits'],
    mapping: { columns: [{ column: 'Outcome', use: { role: 'outcome' } }], wonValues: ['won'] },
    savedAt: '2027-01-12T10:00:00.000Z',
  };
}

export function tableRow(workshopId: string): BacktestTableRow {
  return {
    workshopId,
    fileName: 'leads.csv',
    importedAt: '2027-01-12T10:00:00.000Z',
    rowsRead: 3,
    rejectedCount: 0,
    rejected: [],
    parseMs: 4,
    table: { rowCount: 3, won: new Uint8Array([1, 0, 1]), fields: [], events: [], createdDays: new Float64Array([19000, 19001, Number.NaN]), daysSinceActivity: null },
  };
}

/** A workshop with its backtest mapping and parsed leads stored, as after a CSV import. */
export async function workshopWithBacktest(db: CommonGroundDb, organisation: string): Promise<Workshop> {
  const workshop = await createWorkshop(input(organisation), { kind: 'template' }, db);
  await db.backtestMappings.put(mappingRow(workshop.id));
  await db.backtestTables.put(tableRow(workshop.id));
  return workshop;
}
