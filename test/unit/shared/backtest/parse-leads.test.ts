import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BacktestMapping } from '../../../../shared/rules/backtest';
import { parseLeadsFile, parseLeadsWithPapa, type ParseOutcome } from '../../../../renderer/src/workers/parse-leads';

// papaparse streams a Blob through FileReader, which Node lacks: a minimal one reading text.
beforeAll(() => {
  (globalThis as { FileReader?: unknown }).FileReader ??= class {
    onload: ((event: { target: { result: string } }) => void) | null = null;
    onerror: (() => void) | null = null;
    readAsText(blob: Blob) {
      void blob.text().then((result) => this.onload?.({ target: { result } }));
    }
  };
});

const HEADERS = ['id', 'industry', 'demos', 'created', 'status'];
const MAPPING: BacktestMapping = {
  columns: [
    { column: 'industry', use: { role: 'field', name: 'industry' } },
    { column: 'demos', use: { role: 'event', name: 'demo request' } },
    { column: 'created', use: { role: 'created' } },
    { column: 'status', use: { role: 'outcome' } },
  ],
  wonValues: ['won'],
};

const hooks = (chunkBytes?: number) => ({ onProgress: () => undefined, isCancelled: () => false, chunkBytes });
const summary = (o: ParseOutcome) => ({ table: o.table, rowsRead: o.builder.rowsRead, rejectedCount: o.builder.rejectedCount, rejected: o.builder.rejected });

const cellArb = fc.constantFrom('Software', ' Retail ', '', '1', '2', 'yes', 'many', '2024-01-05', '05/01/2024', 'won', 'Lost', 'é ü', '"quoted, cell"', 'bad"quote');
const rowArb = fc.oneof(
  { arbitrary: fc.tuple(fc.nat(), fc.constantFrom('Software', 'Retail', ' Food '), fc.constantFrom('0', '1', '3', 'yes', ''), fc.constantFrom('2024-01-05', ''), fc.constantFrom('won', 'lost')).map(([id, ...rest]) => [String(id), ...rest]), weight: 5 },
  fc.array(cellArb, { minLength: 0, maxLength: 7 }),
);

describe('parseLeadsFile (fast path) reads a file as papaparse alone does', () => {
  it('same table, rejects and line numbers for any delimiter, line break, chunk size, blank lines and quotes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { maxLength: 40 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.integer({ min: 16, max: 400 }),
        fc.boolean(),
        async (rows, delimiter, newline, trailing, chunkBytes, allowQuotes) => {
          const lines = [HEADERS, ...rows].map((r) => r.join(delimiter)).filter((l) => allowQuotes || !l.includes('"'));
          const text = lines.join(newline) + (trailing ? newline : '');
          const file = new Blob([text]);
          const expected = await parseLeadsWithPapa(file, HEADERS, MAPPING, hooks());
          const actual = await parseLeadsFile(file, HEADERS, MAPPING, hooks(chunkBytes));
          expect(summary(actual)).toEqual(summary(expected));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads a large quote-free file in chunks with the same result', async () => {
    const rows = [HEADERS.join(',')];
    for (let i = 0; i < 5000; i++) rows.push([i, ['Software', 'Retail', ''][i % 3], i % 4, i % 7 ? '2024-02-01' : '', i % 5 ? 'lost' : 'won'].join(','));
    rows.splice(100, 0, 'broken,row');
    const file = new Blob([rows.join('\r\n')]);
    const actual = await parseLeadsFile(file, HEADERS, MAPPING, hooks(1000));
    expect(actual.table.rowCount).toBe(5000);
    expect(actual.builder.rejected).toEqual([{ line: 101, reason: 'has 2 values but the header has 5' }]);
    expect(summary(actual)).toEqual(summary(await parseLeadsWithPapa(file, HEADERS, MAPPING, hooks())));
  });

  it('reads cells with the one lead reader in the agreement’s locale, on the fast path and through papaparse alike', async () => {
    const text = [HEADERS.join(','), '1,Software,1.200,,won', '2,Retail,0x10,,WON', '3,Retail,2,,', '4,Retail,1e3,,lost'].join('\n');
    for (const read of [parseLeadsFile, parseLeadsWithPapa]) {
      const de = await read(new Blob([text]), HEADERS, MAPPING, hooks(), { locale: 'de-DE' });
      expect(Array.from(de.table.events[0].counts)).toEqual([1200, 2]);
      expect(Array.from(de.table.won)).toEqual([1, 0]);
      expect(de.builder.withoutOutcome).toBe(1);
      expect(de.builder.rejected).toEqual([
        { line: 3, reason: '“0x10” in “demos” is not a count' },
        { line: 5, reason: '“1e3” in “demos” is not a count' },
      ]);
      const en = await read(new Blob([text]), HEADERS, MAPPING, hooks());
      expect(en.builder.rejected.map((r) => r.line)).toEqual([2, 3, 5]);
    }
  });

  it('refuses a file whose header is not the mapped one', async () => {
    await expect(parseLeadsFile(new Blob(['id,industry\n1,x\n']), HEADERS, MAPPING, hooks())).rejects.toThrow('The file has no column “demos”');
  });

  it('stops between chunks when cancelled', async () => {
    const body = Array.from({ length: 500 }, (_, i) => `${i},Retail,1,,lost`).join('\n');
    let reads = 0;
    const outcome = await parseLeadsFile(new Blob([`${HEADERS.join(',')}\n${body}`]), HEADERS, MAPPING, { onProgress: () => (reads += 1), isCancelled: () => reads >= 2, chunkBytes: 500 });
    expect(outcome.cancelled).toBe(true);
    expect(outcome.table.rowCount).toBeLessThan(500);
  });
});
