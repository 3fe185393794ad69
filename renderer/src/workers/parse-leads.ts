import Papa from 'papaparse';
import { DelimitedLineReader, LeadTableBuilder, mappingProblems, type BacktestMapping, type LeadTable, type LineFormat } from '../../../shared/rules/backtest';
import type { LeadReadOptions } from '../../../shared/rules/scoring/read-lead';

export interface ParseOutcome {
  table: LeadTable;
  builder: LeadTableBuilder;
  cancelled: boolean;
}

export interface ParseHooks {
  onProgress(fraction: number, rows: number): void;
  isCancelled(): boolean;
  /** Bytes the fast path reads at a time (tests use tiny chunks to cross every boundary). */
  chunkBytes?: number;
}

const CHUNK_BYTES = 4 * 1024 * 1024;
const QUOTE = '"';
const LF = 10;

const headerError = (headers: readonly string[], expected: readonly string[], mapping: BacktestMapping): Error | null => {
  const problems = mappingProblems(headers, mapping);
  if (problems.length === 0 && !expected.some((h, i) => headers[i] !== h)) return null;
  return new Error(problems[0] ?? 'The file’s header row is not the one the mapping was made for. Choose the file again.');
};

/**
 * Reads a CSV file into a LeadTable, a few MB at a time (read asynchronously, so a Cancel
 * message is seen between chunks). The first row is the header and must hold every mapped column.
 *
 * Chunks are cut after their last line break, so every chunk is whole lines. While a chunk has
 * no quote character, its lines go through DelimitedLineReader (papaparse's own "fast mode"
 * splits, without an array per row), with the delimiter and line break papaparse detects on the
 * first chunk. From the first chunk holding a quote on, the rest of the file goes to papaparse
 * streaming, which knows quoted cells and reports broken ones.
 *
 * Cells are read by the one lead reader (shared/rules/scoring/read-cell.ts), exactly as `cli
 * backtest` reads them; `read.locale` is the agreement's locale (counts with grouping marks).
 */
export async function parseLeadsFile(file: Blob, expectedHeaders: readonly string[], mapping: BacktestMapping, hooks: ParseHooks, read: Pick<LeadReadOptions, 'locale'> = {}): Promise<ParseOutcome> {
  let builder: LeadTableBuilder | null = null;
  let reader: DelimitedLineReader | null = null;
  let position = 0;
  const firstDecoder = new TextDecoder('utf-8');
  // Later chunks start mid-file: a U+FEFF there is text, not a byte order mark.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const done = (cancelled: boolean): ParseOutcome => {
    const b = builder ?? new LeadTableBuilder(expectedHeaders, mapping, read);
    return { table: b.finish(), builder: b, cancelled: cancelled || hooks.isCancelled() };
  };
  while (position < file.size) {
    if (hooks.isCancelled()) return done(true);
    const bytes = new Uint8Array(await file.slice(position, position + (hooks.chunkBytes ?? CHUNK_BYTES)).arrayBuffer());
    const isEnd = position + bytes.length >= file.size;
    const cut = isEnd ? bytes.length : bytes.lastIndexOf(LF) + 1;
    if (cut === 0) break; // a line longer than a chunk: papaparse takes it from here
    let text: string = (reader ? decoder : firstDecoder).decode(bytes.subarray(0, cut));
    if (text.includes(QUOTE)) break;
    if (!reader) {
      const format = detectFormat(text);
      if (!format) break;
      const headerEnd: number = text.indexOf(format.newline);
      const headers: string[] = (headerEnd === -1 ? text : text.slice(0, headerEnd)).split(format.delimiter);
      const problem = headerError(headers, expectedHeaders, mapping);
      if (problem) throw problem;
      builder = new LeadTableBuilder(headers, mapping, read);
      reader = new DelimitedLineReader(builder, format, 2);
      text = headerEnd === -1 ? '' : text.slice(headerEnd + format.newline.length);
    }
    reader.addText(text, isEnd);
    position += cut;
    // The next read is awaited, so a Cancel message gets in between chunks.
    hooks.onProgress(position / Math.max(1, file.size), builder!.rowsRead);
  }
  if (position >= file.size) return done(false);
  return parseWithPapa(file, position, reader ? { builder: builder!, line: reader.line, format: reader.format } : null, expectedHeaders, mapping, hooks, read);
}

/** The whole file through papaparse alone: the reference the fast path is tested against. */
export function parseLeadsWithPapa(file: Blob, expectedHeaders: readonly string[], mapping: BacktestMapping, hooks: ParseHooks, read: Pick<LeadReadOptions, 'locale'> = {}): Promise<ParseOutcome> {
  return parseWithPapa(file, 0, null, expectedHeaders, mapping, hooks, read);
}

/** papaparse's delimiter and line break for this text (it guesses from the first rows), when the fast path can use them. */
function detectFormat(text: string): LineFormat | null {
  const { meta } = Papa.parse<string[]>(text, { preview: 10 });
  // Old Mac line breaks (\r alone) cannot be cut at a \n byte: papaparse reads those files.
  return meta.linebreak === '\n' || meta.linebreak === '\r\n' ? { delimiter: meta.delimiter, newline: meta.linebreak } : null;
}

interface Resume {
  builder: LeadTableBuilder;
  line: number;
  format: LineFormat;
}

/** papaparse streaming from byte `position` (0 = the header row), into the same builder and line count. */
function parseWithPapa(file: Blob, position: number, resume: Resume | null, expectedHeaders: readonly string[], mapping: BacktestMapping, hooks: ParseHooks, read: Pick<LeadReadOptions, 'locale'>): Promise<ParseOutcome> {
  return new Promise((resolve, reject) => {
    let builder = resume?.builder ?? null;
    let line = resume?.line ?? 1;
    let cancelled = false;
    let failed = false;
    const rest = file.slice(position);
    Papa.parse<string[]>(rest as File, {
      chunkSize: CHUNK_BYTES,
      skipEmptyLines: false,
      ...(resume ? { delimiter: resume.format.delimiter, newline: resume.format.newline as '\n' | '\r\n' } : {}),
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
          const problem = headerError(headers, expectedHeaders, mapping);
          if (problem) {
            failed = true;
            parser.abort();
            reject(problem);
            return;
          }
          builder = new LeadTableBuilder(headers, mapping, read);
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
        hooks.onProgress(Math.min(1, (position + results.meta.cursor) / Math.max(1, file.size)), builder.rowsRead);
      },
      complete() {
        if (failed) return;
        const b = builder ?? new LeadTableBuilder(expectedHeaders, mapping, read);
        resolve({ table: b.finish(), builder: b, cancelled: cancelled || hooks.isCancelled() });
      },
      error(error) {
        if (!failed) reject(new Error(`The file could not be read: ${error.message}`));
      },
    });
  });
}
