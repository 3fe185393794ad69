import { previewCsv, type PreviewOutcome } from './csv-preview';
import type { ColumnRole } from '../../../../shared/rules/backtest';

/** A column's role as the value of a <select>: "ignore", "outcome", "field:industry", "event:demo request"… */
export function roleToValue(role: ColumnRole | null): string {
  if (!role) return 'ignore';
  if (role.role === 'field' || role.role === 'event') return `${role.role}:${role.name}`;
  return role.role;
}

export function valueToRole(value: string): ColumnRole | null {
  if (value === 'outcome' || value === 'created' || value === 'daysSinceActivity' || value === 'crmScore') return { role: value };
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
    { value: 'crmScore', label: 'Today’s CRM score or grade (to compare with)' },
    ...fields.map((f) => ({ value: `field:${f}`, label: `Field: ${f}` })),
    ...events.map((e) => ({ value: `event:${e}`, label: `Event count: ${e}` })),
  ];
  if (!fields.includes(column)) options.push({ value: `field:${column}`, label: `Field: ${column} (as named in the file)` });
  return options;
}

export type { CsvPreview } from './csv-preview';

/** The header and first rows of a CSV, read in a worker (in place where there are no workers, as in unit tests). */
export async function readPreview(file: File): Promise<PreviewOutcome> {
  if (typeof Worker === 'undefined') return previewCsv(file);
  const worker = new Worker(new URL('../../workers/csv-preview.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<PreviewOutcome>((resolve) => {
      worker.onmessage = (event: MessageEvent<PreviewOutcome>) => resolve(event.data);
      worker.onerror = () => resolve({ ok: false, message: 'This file could not be read. Choose it again, or export it from your CRM once more.' });
      worker.postMessage({ file });
    });
  } finally {
    worker.terminate();
  }
}
