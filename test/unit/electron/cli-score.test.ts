import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/index';
import type { CliContext } from '../../../electron/cli/types';
import { SCHEMA_VERSION, type AgreementFile } from '../../../shared/model/agreement';
import { templateContent } from '../../../shared/template/sales-marketing';
import { SAMPLE_INPUT } from '../../../shared/template/sample';

const NOW = '2027-01-14T10:00:00.000Z';

function agreementFile(): AgreementFile {
  return {
    kind: 'common-ground/agreement',
    schemaVersion: SCHEMA_VERSION,
    version: {
      id: 'v-1',
      agreementId: 'a-1',
      version: 1,
      status: 'draft',
      content: templateContent(SAMPLE_INPUT),
      contentHash: null,
      signatures: [],
      previousVersionId: null,
      workshopId: null,
      createdAt: NOW,
      updatedAt: NOW,
      frozenAt: null,
    },
  };
}

// Starter board: Demo request +34, Decision-maker title +32, Company size +22, Target industry +12,
// Personal e-mail domain −12, Competitor domain −10 (disqualifies). MQL threshold 50.
const CSV = [
  'name,seniority,employees,industry,emailDomain,event:demo request,event:pricing page visit,daysSinceActivity',
  'Priya Nair,Director,"4,200",Financial services,brightline.com,1,0,1',
  'Sam Porter,Individual,1,Education,gmail.com,0,0,10',
  'Mia Chen,Head,600,Software,rivalsoft.com,1,3,2',
].join('\n');

function setup(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'cg-score-'));
  writeFileSync(join(dir, 'agreement.json'), JSON.stringify(agreementFile()));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const out: string[] = [];
  const err: string[] = [];
  const ctx = { deps: {} as CliContext['deps'], out: (l: string) => out.push(l), err: (l: string) => err.push(l), env: {}, cwd: dir } satisfies CliContext;
  return { ctx, out, err };
}

describe('cli score', () => {
  it('scores CSV leads with the agreement’s model and explains each score', async () => {
    const { ctx, out } = setup({ 'leads.csv': CSV });
    expect(await runCli(['score', '--agreement', 'agreement.json', '--leads', 'leads.csv'], ctx)).toBe(0);
    const text = out.join('\n');
    // 34 + 32 + 22 + 12 = 100
    expect(text).toContain('Priya Nair: 100 points — MQL');
    expect(text).toContain('  Demo request +34');
    expect(text).toContain('Sam Porter: -12 points — not MQL');
    expect(text).toContain('  Personal e-mail domain −12');
    expect(text).toMatch(/Mia Chen: \d+ points — not MQL/);
    expect(text).toContain('disqualified by “Competitor domain”');
    expect(text).toContain('1 of 3 leads are MQLs.');
  });

  it('prints JSON with --json and reads a JSON leads file', async () => {
    const leads = [{ name: 'Dana', fields: { seniority: 'VP' }, events: { 'survey completed': 1 } }];
    const { ctx, out } = setup({ 'leads.json': JSON.stringify({ leads }) });
    expect(await runCli(['score', '--agreement', 'agreement.json', '--leads', 'leads.json', '--json'], ctx)).toBe(0);
    const report = JSON.parse(out.join('\n')) as { threshold: number; leads: { leadName: string; total: number; isMql: boolean; explanation: string[] }[] };
    expect(report.threshold).toBe(50);
    expect(report.leads[0]).toMatchObject({ leadName: 'Dana', total: 56, isMql: true });
    expect(report.leads[0].explanation).toContain('Decision-maker title +32');
  });

  it('skips a bad row and lists it with its spreadsheet row number, as backtest does', async () => {
    const csv = ['name,event:demo request,daysSinceActivity,outcome', 'Alex,many,1,won', 'Bo,1,0x10,lost', ',1,1,won', 'Cy,1,1', 'Dee,1,1,WON'].join('\n');
    const { ctx, out } = setup({ 'bad.csv': csv });
    expect(await runCli(['score', '--agreement', 'agreement.json', '--leads', 'bad.csv'], ctx)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain(
      [
        'Rows read:        5',
        'Rows rejected:    4 (the header is row 1):',
        '  row 2: “many” in “event:demo request” is not a count',
        '  row 3: “0x10” in “daysSinceActivity” is not a number of days',
        '  row 4: has no name in “name”',
        '  row 5: has 3 values but the header has 4',
      ].join('\n'),
    );
    expect(text).toContain('Dee: 34 points — not MQL');
    expect(text).toContain('0 of 1 leads are MQLs.');
  });

  it('exits 1 with the reasons when no row can be used, also with --json', async () => {
    const { ctx, err, out } = setup({ 'bad.csv': 'name,event:demo request\nAlex,many\nBo,2.5\n', 'empty.csv': 'name\n', 'none.json': '[{"fields":{}}]' });
    expect(await runCli(['score', '--agreement', 'agreement.json', '--leads', 'bad.csv', '--json'], ctx)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'score: none of the 2 rows of bad.csv could be used; nothing was scored. Reasons (the header is row 1):',
      '  row 2: “many” in “event:demo request” is not a count',
      '  row 3: “2.5” in “event:demo request” is not a count',
    ]);
    err.length = 0;
    expect(await runCli(['score', '--agreement', 'agreement.json', '--leads', 'empty.csv'], ctx)).toBe(1);
    expect(err).toEqual(['score: empty.csv has a header but no lead rows; nothing was scored.']);
    err.length = 0;
    expect(await runCli(['score', '--agreement', 'agreement.json', '--leads', 'none.json'], ctx)).toBe(1);
    expect(err).toEqual(['score: none of the 1 leads of none.json could be used; nothing was scored. Reasons:', '  lead 1: name: Invalid input: expected string, received undefined']);
  });

  it('reads outcomes ignoring case, counts blank outcomes as not won, and reports the figures in --json', async () => {
    const csv = ['name,outcome,event:demo request', 'A,Won,1', 'B,,1', 'C,LOST,0', 'D,oops,0'].join('\n');
    const { ctx, out } = setup({ 'leads.csv': csv });
    expect(await runCli(['score', '--agreement', 'agreement.json', '--leads', 'leads.csv', '--json'], ctx)).toBe(0);
    const report = JSON.parse(out.join('\n')) as { rowsRead: number; rowsRejected: number; rejected: unknown[]; rowsWithoutOutcome: number; leads: { leadId: string }[] };
    expect(report).toMatchObject({ rowsRead: 4, rowsRejected: 0, rejected: [], rowsWithoutOutcome: 1 });
    // Leads without an id are named by their spreadsheet row.
    expect(report.leads.map((l) => l.leadId)).toEqual(['row-2', 'row-3', 'row-4', 'row-5']);
  });

  it('keeps text as written for text criteria and reads numbers the agreement’s way for between', async () => {
    // Company size is "between 200 and 5,000 employees" on the starter board (+22).
    const csv = ['name,employees,seniority', 'Zip,02139,VP', 'Grouped,"1,200",VP', 'Hex,0x1F4,VP', 'Exp,1e3,VP', 'Inf,Infinity,VP', 'German,1.200,VP'].join('\n');
    const en = setup({ 'leads.csv': csv });
    expect(await runCli(['score', '--agreement', 'agreement.json', '--leads', 'leads.csv', '--json'], en.ctx)).toBe(0);
    const totals = (lines: string[]) => Object.fromEntries((JSON.parse(lines.join('\n')) as { leads: { leadName: string; total: number }[] }).leads.map((l) => [l.leadName, l.total]));
    // 32 for the title; +22 only where employees is a plain number from 200 to 5,000.
    expect(totals(en.out)).toEqual({ Zip: 54, Grouped: 54, Hex: 32, Exp: 32, Inf: 32, German: 32 });
    const de = setup({ 'leads.csv': csv });
    const file = agreementFile();
    file.version.content.locale = 'de-DE';
    writeFileSync(join(de.ctx.cwd, 'agreement.json'), JSON.stringify(file));
    expect(await runCli(['score', '--agreement', 'agreement.json', '--leads', 'leads.csv', '--json'], de.ctx)).toBe(0);
    expect(totals(de.out)).toEqual({ Zip: 54, Grouped: 32, Hex: 32, Exp: 32, Inf: 32, German: 54 });
  });

  it('refuses a missing option with the usage line and where the format help is', async () => {
    const missing = setup({});
    expect(await runCli(['score', '--agreement', 'agreement.json'], missing.ctx)).toBe(2);
    expect(missing.err).toEqual([
      'score: --leads file.csv|json is required.',
      'Usage: npm run cli -- score --agreement <file.json> --leads <file.csv|json> [--json]',
      'More: npm run cli -- score --help',
    ]);
  });

  it('prints the leads format with --help (exit 0)', async () => {
    const { ctx, out } = setup({});
    expect(await runCli(['score', '--help'], ctx)).toBe(0);
    expect(out.join('\n')).toContain('event:<event name>');
    expect(out.join('\n')).toContain('de-DE, fr-FR and other "," decimal locales: 1.200,5 or 1 200,5');
  });

  it('refuses a CSV without a name column', async () => {
    const { ctx, err } = setup({ 'noname.csv': 'seniority\nVP\n' });
    expect(await runCli(['score', '--agreement', 'agreement.json', '--leads', 'noname.csv'], ctx)).toBe(2);
    expect(err.join('\n')).toContain('needs a "name" column');
  });
});
