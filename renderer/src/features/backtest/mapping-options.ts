import Papa from 'papaparse';
import type { ColumnRole } from '../../../../shared/rules/backtest';

/** A column's role as the value of a <select>: "ignore", "outcome", "field:industry", "event:demo request"… */
export function roleToValue(role: ColumnRole | null): string {
  if (!role) return 'ignore';
  if (role.role === 'field' || role.role === 'event') return `${role.role}:${role.name}`;
  return role.role;
}

export function valueToRole(value: string): ColumnRole | null {
  if (value === 'outcome' || value === 'created' || value === 'daysSinceActivity') return { role: value };
  const [kind, ...rest] = value.split(':');
  const name = rest.join(':');
  if ((kind === 'field' || kind === 'event') && name) return { role: kind, name };
  return null;
}

export interface RoleOption {
  value: string;
  label: string;
}

/** The choices for one column: fixed roles, every field and event the criteria read, and the column's own name as a field. */
export function roleOptions(column: string, fields: readonly string[], events: readonly string[]): RoleOption[] {
  const options: RoleOption[] = [
    { value: 'ignore', label: 'Ignore' },
    { value: 'outcome', label: 'Outcome (won / lost)' },
    { value: 'created', label: 'Created date' },
    { value: 'daysSinceActivity', label: 'Days since activity' },
    ...fields.map((f) => ({ value: `field:${f}`, label: `Field: ${f}` })),
    ...events.map((e) => ({ value: `event:${e}`, label: `Event count: ${e}` })),
  ];
  if (!fields.includes(column)) options.push({ value: `field:${column}`, label: `Field: ${column} (as named in the file)` });
  return options;
}

export interface CsvPreview {
  headers: string[];
  rows: string[][];
}

const PREVIEW_BYTES = 64 * 1024;

/** The header and first rows of a CSV, from its first 64 KB only, so choosing a 100 MB file stays instant. */
export async function readPreview(file: Blob, rowCount = 8): Promise<CsvPreview> {
  const text = await file.slice(0, PREVIEW_BYTES).text();
  const parsed = Papa.parse<string[]>(text, { preview: rowCount + 1, skipEmptyLines: true });
  const [headers = [], ...rows] = parsed.data;
  // The last line of a cut-off sample may be incomplete.
  const complete = file.size > PREVIEW_BYTES && rows.length > 1 && rows.length < rowCount ? rows.slice(0, -1) : rows;
  return { headers, rows: complete };
}
