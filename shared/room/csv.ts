import Papa from 'papaparse';
import type { ActivitySpec } from './protocol';
import type { Tally } from './tally';
import { roomResultTables } from './tables';

/** A revealed activity as CSV for a spreadsheet: the same tables the room dialog shows, one after another. */
export function roomResultCsv(spec: ActivitySpec, tally: Tally): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it as text.
  const safe = (cell: string | number) => (typeof cell === 'string' && /^[=+\-@]/.test(cell) ? `'${cell}` : cell);
  return roomResultTables(spec, tally)
    .map((table) => Papa.unparse([table.columns, ...table.rows].map((row) => row.map(safe))))
    .join('\r\n\r\n');
}
