import { describe, expect, it } from 'vitest';
import { previewCsv } from '../../../../renderer/src/features/backtest/csv-preview';
import { MAX_CSV_COLUMNS } from '../../../../shared/rules/backtest';

const file = (text: string, name = 'leads.csv') => new File([text], name, { type: 'text/csv' });
const row = (n: number, cell: (i: number) => string) => Array.from({ length: n }, (_, i) => cell(i)).join(',');

describe('the CSV preview', () => {
  it('reads the header and the first rows of an ordinary export', async () => {
    const outcome = await previewCsv(file(`Email,Industry,Outcome\na@x.com,SaaS,won\nb@y.com,Retail,lost\n`));
    expect(outcome).toEqual({ ok: true, preview: { headers: ['Email', 'Industry', 'Outcome'], rows: [['a@x.com', 'SaaS', 'won'], ['b@y.com', 'Retail', 'lost']] } });
  });

  it('refuses a 100,000-column file at once, saying what to do, without building its rows', async () => {
    const outcome = await previewCsv(file(`${row(100_000, (i) => `c${i}`)}\n${row(100_000, () => '1')}\n`, 'wide.csv'));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/^wide\.csv has 100,000 columns; the backtest reads files with up to 1,000\. Export only/);
  });

  it(`takes a header longer than the 64 KB sample when it has at most ${MAX_CSV_COLUMNS} columns`, async () => {
    const header = row(MAX_CSV_COLUMNS, (i) => `${'Long column name '.repeat(5)}${i}`);
    expect(header.length).toBeGreaterThan(64 * 1024);
    const outcome = await previewCsv(file(`${header}\n${row(MAX_CSV_COLUMNS, () => 'x')}\n`));
    expect(outcome.ok && outcome.preview.headers.length).toBe(MAX_CSV_COLUMNS);
  });

  it(`refuses ${MAX_CSV_COLUMNS + 1} columns with the exact count`, async () => {
    const outcome = await previewCsv(file(`${row(MAX_CSV_COLUMNS + 1, (i) => `c${i}`)}\n1\n`, 'x.csv'));
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining('x.csv has 1,001 columns') });
  });
});
