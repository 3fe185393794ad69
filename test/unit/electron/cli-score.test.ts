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

  it('refuses a bad row with its number, and a missing option with the usage line and where the format help is', async () => {
    const { ctx, err } = setup({ 'bad.csv': 'name,event:demo request\nAlex,many\n' });
    expect(await runCli(['score', '--agreement', 'agreement.json', '--leads', 'bad.csv'], ctx)).toBe(2);
    expect(err.join('\n')).toContain('Row 1: the count for event:demo request must be a whole number');

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
  });

  it('refuses a CSV without a name column', async () => {
    const { ctx, err } = setup({ 'noname.csv': 'seniority\nVP\n' });
    expect(await runCli(['score', '--agreement', 'agreement.json', '--leads', 'noname.csv'], ctx)).toBe(2);
    expect(err.join('\n')).toContain('needs a "name" column');
  });
});
