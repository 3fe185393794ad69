import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/index';
import type { CliContext } from '../../../electron/cli/types';
import { AgreementFileSchema } from '../../../shared/model/agreement';
import type { SampleLead } from '../../../shared/model/scoring';
import type { BacktestMapping } from '../../../shared/rules/backtest';
import { scoreLead } from '../../../shared/rules/scoring';

const FIXTURES = resolve('test/fixtures');
const AGREEMENT = join(FIXTURES, 'signed-agreement.json');
const LEADS = join(FIXTURES, 'leads-sample.csv');

const MAPPING: BacktestMapping = {
  columns: [
    { column: 'created', use: { role: 'created' } },
    { column: 'industry', use: { role: 'field', name: 'industry' } },
    { column: 'employees', use: { role: 'field', name: 'employees' } },
    { column: 'seniority', use: { role: 'field', name: 'seniority' } },
    { column: 'email_domain', use: { role: 'field', name: 'emailDomain' } },
    { column: 'demo_requests', use: { role: 'event', name: 'demo request' } },
    { column: 'survey_completed', use: { role: 'event', name: 'survey completed' } },
    { column: 'pricing_visits', use: { role: 'event', name: 'pricing page visit' } },
    { column: 'whitepaper', use: { role: 'event', name: 'whitepaper download' } },
    { column: 'webinars', use: { role: 'event', name: 'webinar attended' } },
    { column: 'unsubscribed', use: { role: 'event', name: 'unsubscribed' } },
    { column: 'outcome', use: { role: 'outcome' } },
  ],
  wonValues: ['won'],
};

function context() {
  const dir = mkdtempSync(join(tmpdir(), 'cg-cli-backtest-'));
  writeFileSync(join(dir, 'mapping.json'), JSON.stringify(MAPPING));
  const out: string[] = [];
  const err: string[] = [];
  const ctx = { deps: {} as CliContext['deps'], out: (l: string) => out.push(l), err: (l: string) => err.push(l), env: {}, cwd: dir } satisfies CliContext;
  return { ctx, dir, out, err };
}

/** The expected figures computed the slow way: naive CSV split, one SampleLead per row, scoreLead. */
function expected(threshold: number) {
  const model = AgreementFileSchema.parse(JSON.parse(readFileSync(AGREEMENT, 'utf8'))).version.content.scoring;
  const [header, ...lines] = readFileSync(LEADS, 'utf8').trim().split('\n').map((l) => l.split(','));
  const col = (name: string) => header.indexOf(name);
  const good = lines.filter((r) => r.length === header.length && /^\d+$/.test(r[col('demo_requests')]));
  const yes = (v: string) => (v === 'yes' ? 1 : v === 'no' ? 0 : Number(v));
  const leads = good.map((r, i): SampleLead & { won: boolean } => ({
    id: `r${i}`,
    name: r[0],
    fields: { industry: r[col('industry')], employees: r[col('employees')], seniority: r[col('seniority')], emailDomain: r[col('email_domain')] },
    events: Object.fromEntries(MAPPING.columns.filter((c) => c.use.role === 'event').map((c) => [(c.use as { name: string }).name, yes(r[col(c.column)])])),
    daysSinceActivity: 0,
    outcome: 'open',
    won: r[col('outcome')] === 'Won',
  }));
  const m = { ...model, settings: { ...model.settings, mqlThreshold: threshold } };
  const scored = leads.map((l) => ({ won: l.won, mql: scoreLead(m, l).isMql }));
  return {
    rows: lines.length,
    kept: leads.length,
    mqlCount: scored.filter((s) => s.mql).length,
    wonTotal: scored.filter((s) => s.won).length,
    wonCaptured: scored.filter((s) => s.mql && s.won).length,
  };
}

describe('cli backtest', () => {
  it('prints the figures the slow scoreLead path gives, with rejected rows and their line numbers', async () => {
    const { ctx, out } = context();
    expect(await runCli(['backtest', '--agreement', AGREEMENT, '--leads', LEADS, '--mapping', 'mapping.json', '--json'], ctx)).toBe(0);
    const report = JSON.parse(out.join('\n'));
    const want = expected(50);
    expect(report.rowsRead).toBe(want.rows);
    expect(report.rowsRejected).toBe(2);
    expect(report.rejected).toEqual([
      { line: 13, reason: 'has 4 values but the header has 13' },
      { line: 21, reason: '“lots” in “demo_requests” is not a count' },
    ]);
    expect(report).toMatchObject({ threshold: 50, mqlCount: want.mqlCount, wonTotal: want.wonTotal, wonCaptured: want.wonCaptured });
    expect(want.mqlCount).toBeGreaterThan(0);
    expect(report.precision).toBeCloseTo(want.wonCaptured / want.mqlCount);
    expect(report.recall).toBeCloseTo(want.wonCaptured / want.wonTotal);
    expect(report.lift).toBeCloseTo(want.wonCaptured / want.mqlCount / (want.wonTotal / want.kept));
    expect(report.deciles).toHaveLength(10);
    expect(report.deciles.reduce((s: number, d: { leads: number }) => s + d.leads, 0)).toBe(want.kept);
  });

  it('honours --threshold and prints a readable table without --json', async () => {
    const { ctx, out } = context();
    expect(await runCli(['backtest', '--agreement', AGREEMENT, '--leads', LEADS, '--mapping', 'mapping.json', '--threshold', '20'], ctx)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain(`MQL count:        ${expected(20).mqlCount}`);
    expect(text).toMatch(/Rows rejected: +2 \(the header is row 1\):\n {2}row 13: has 4 values but the header has 13\n {2}row 21: “lots” in “demo_requests” is not a count/);
    expect(text).toMatch(/Decile +Leads +Won/);
  });

  it('refuses a bad threshold, a mapping without an outcome, and a mapping naming a missing column', async () => {
    const { ctx, dir, err } = context();
    expect(await runCli(['backtest', '--agreement', AGREEMENT, '--leads', LEADS, '--mapping', 'mapping.json', '--threshold', '0'], ctx)).toBe(2);
    expect(err.slice(-2)).toEqual(['backtest: --threshold must be a whole number from 1 to 1000, not 0.', expect.stringMatching(/^Usage: npm run cli -- backtest /)]);
    err.length = 0;
    writeFileSync(join(dir, 'no-outcome.json'), JSON.stringify({ columns: [{ column: 'industry', use: { role: 'field', name: 'industry' } }] }));
    expect(await runCli(['backtest', '--agreement', AGREEMENT, '--leads', LEADS, '--mapping', 'no-outcome.json'], ctx)).toBe(2);
    expect(err.pop()).toMatch(/Choose the column that holds the outcome/);
    writeFileSync(join(dir, 'missing.json'), JSON.stringify({ columns: [{ column: 'Stage', use: { role: 'outcome' } }] }));
    expect(await runCli(['backtest', '--agreement', AGREEMENT, '--leads', LEADS, '--mapping', 'missing.json'], ctx)).toBe(2);
    expect(err.pop()).toMatch(/The file has no column “Stage”/);
  });
});
