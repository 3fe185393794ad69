import Papa from 'papaparse';
import { LeadTableBuilder, mappingProblems, type BacktestMapping, type LeadTable } from '../../../shared/rules/backtest';

export interface ParseOutcome {
  table: LeadTable;
  builder: LeadTableBuilder;
  cancelled: boolean;
}

export interface ParseHooks {
  onProgress(fraction: number, rows: number): void;
  isCancelled(): boolean;
}

const CHUNK_BYTES = 2 * 1024 * 1024;

/**
 * Streams a CSV file through papaparse in chunks (a few MB at a time, read asynchronously, so a
 * Cancel message is seen between chunks) into a LeadTableBuilder. The first row is the header
 * and must hold every mapped column.
 */
export function parseLeadsFile(file: Blob, expectedHeaders: readonly string[], mapping: BacktestMapping, hooks: ParseHooks): Promise<ParseOutcome> {
  return new Promise((resolve, reject) => {
    let builder: LeadTableBuilder | null = null;
    let line = 1;
    let cancelled = false;
    let failed = false;
    Papa.parse<string[]>(file as File, {
      chunkSize: CHUNK_BYTES,
      skipEmptyLines: false,
      chunk(results, parser) {
        if (hooks.isCancelled()) {
          cancelled = true;
          parser.abort();
          return;
        }
        const rows = results.data;
        let start = 0;
        if (!builder) {
          const headers = rows[0] ?? [];
          const problems = mappingProblems(headers, mapping);
          if (problems.length > 0 || expectedHeaders.some((h, i) => headers[i] !== h)) {
            failed = true;
            parser.abort();
            reject(new Error(problems[0] ?? 'The file’s header row is not the one the mapping was made for. Choose the file again.'));
            return;
          }
          builder = new LeadTableBuilder(headers, mapping);
          start = 1;
          line = 2;
        }
        const broken = new Map<number, string>();
        for (const e of results.errors) if (typeof e.row === 'number' && e.type === 'Quotes') broken.set(e.row, e.message);
        for (let r = start; r < rows.length; r++, line++) {
          const problem = broken.get(r);
          if (problem) {
            builder.rowsRead += 1;
            builder.reject(line, `could not be read: ${problem}`);
          } else builder.add(rows[r], line);
        }
        hooks.onProgress(Math.min(1, results.meta.cursor / Math.max(1, file.size)), builder.rowsRead);
      },
      complete() {
        if (failed) return;
        const b = builder ?? new LeadTableBuilder(expectedHeaders, mapping);
        resolve({ table: b.finish(), builder: b, cancelled: cancelled || hooks.isCancelled() });
      },
      error(error) {
        if (!failed) reject(new Error(`The file could not be read: ${error.message}`));
      },
    });
  });
}
