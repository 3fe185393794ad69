import Papa from 'papaparse';
import { MAX_CSV_COLUMNS, tooManyColumnsMessage } from '../../../../shared/rules/backtest/csv-limits';

export interface CsvPreview {
  headers: string[];
  rows: string[][];
}

export type PreviewOutcome = { ok: true; preview: CsvPreview } | { ok: false; message: string };

const PREVIEW_BYTES = 64 * 1024;
/** A header row longer than this is not a lead export's (1,000 columns of long names fit easily). */
const MAX_HEADER_BYTES = 1024 * 1024;

/** Rows read for the preview: enough for column types and for the mapping screen's match counts per criterion. */
export const PREVIEW_ROWS = 200;

/**
 * The header and first rows of a CSV, from its first 64 KB (more only while the header row is
 * still unfinished, up to 1 MB), so choosing a 100 MB file stays instant. Files wider than the
 * backtest takes are refused here, before any control is built for their columns.
 */
export async function previewCsv(file: Blob & { name?: string }, rowCount = PREVIEW_ROWS): Promise<PreviewOutcome> {
  let bytes = Math.min(PREVIEW_BYTES, file.size);
  let text = await file.slice(0, bytes).text();
  while (!/[\r\n]/.test(text) && bytes < file.size && bytes < MAX_HEADER_BYTES) {
    bytes = Math.min(bytes * 4, MAX_HEADER_BYTES, file.size);
    text = await file.slice(0, bytes).text();
  }
  const headerComplete = /[\r\n]/.test(text) || bytes >= file.size;
  // Only the header line is counted before anything else is parsed: a cheap split, no row objects.
  const headerLine = text.split(/\r?\n|\r/, 1)[0] ?? '';
  const roughColumns = Papa.parse<string[]>(headerLine, { preview: 1 }).data[0]?.length ?? 0;
  if (roughColumns > MAX_CSV_COLUMNS || !headerComplete) {
    return { ok: false, message: tooManyColumnsMessage(file.name ?? 'This file', roughColumns, headerComplete) };
  }
  const parsed = Papa.parse<string[]>(text, { preview: rowCount + 1, skipEmptyLines: true });
  const [headers = [], ...rows] = parsed.data;
  // The last line of a cut-off sample may be incomplete.
  const complete = file.size > bytes && rows.length > 1 && rows.length < rowCount ? rows.slice(0, -1) : rows;
  return { ok: true, preview: { headers, rows: complete } };
}
