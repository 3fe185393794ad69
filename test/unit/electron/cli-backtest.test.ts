import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/index';
import type { CliContext } from '../../../electron/cli/types';
import { AgreementFileSchema } from '../../../shared/model/agreement';
import type { SampleLead } from '../../../shared/model/scoring';
import type { BacktestMapping } from '../../../shared/rules/backtest';
import { engagementBand, shareOf } from '../../../shared/rules/backtest';
import { fitGrade, maxAchievableByCategory, pointsByCriterion, scoreLead } from '../../../shared/rules/scoring';
import { mixedAgreement } from '../../fixtures/lead-reader/mixed-leads';

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
    expect(err.slice(0, 2)).toEqual(['backtest: --threshold must be a whole number from 1 to 1000, not 0.', expect.stringMatching(/^Usage: npm run cli -- backtest /)]);
    err.length = 0;
    writeFileSync(join(dir, 'no-outcome.json'), JSON.stringify({ columns: [{ column: 'industry', use: { role: 'field', name: 'industry' } }] }));
    expect(await runCli(['backtest', '--agreement', AGREEMENT, '--leads', LEADS, '--mapping', 'no-outcome.json'], ctx)).toBe(2);
    expect(err.pop()).toMatch(/Choose the column that holds the outcome/);
    writeFileSync(join(dir, 'missing.json'), JSON.stringify({ columns: [{ column: 'Stage', use: { role: 'outcome' } }] }));
    expect(await runCli(['backtest', '--agreement', AGREEMENT, '--leads', LEADS, '--mapping', 'missing.json'], ctx)).toBe(2);
    expect(err.pop()).toMatch(/The file has no column “Stage”/);
  });
});

describe('cli score and cli backtest read a lead the same way', () => {
  const csv = [
    'name,zip,employees,rating,code,event:demo request,daysSinceActivity,outcome',
    'Zip text,02139,"1,200",2.50,0x1F4,1,0,WON',
    'Plain,2139,1200,2.5,500,0,5,won',
    'Odd numbers,02139,1e3,Infinity,0b111110100,2,1,Lost',
    'Octal,0o764,"1,200.5",2.50,0o764,yes,0,',
  ].join('\n');
  const criteria = [
    { label: 'ZIP 02139', condition: { op: 'equals', field: 'zip', value: '02139' }, tier: 'Strong' },
    { label: 'Mid-size', condition: { op: 'between', field: 'employees', min: 1000, max: 2000 }, tier: 'Critical' },
    { label: 'Rated 2.50', condition: { op: 'equals', field: 'rating', value: '2.50' }, tier: 'Moderate' },
    { label: 'Code near 500', condition: { op: 'between', field: 'code', min: 400, max: 600 }, tier: 'Weak' },
    { label: 'Demo', condition: { op: 'event', field: 'events', value: 'demo request', repeat: 'once', maxCount: 1 }, tier: 'Strong' },
  ].map((c, i) => ({ id: `x${i}`, category: c.condition.op === 'event' ? 'Engagement' : 'Fit', description: '', order: i, pinnedPoints: null, disqualifies: false, ...c }));
  const mapping: BacktestMapping = {
    columns: [
      ...['zip', 'employees', 'rating', 'code'].map((name) => ({ column: name, use: { role: 'field' as const, name } })),
      { column: 'event:demo request', use: { role: 'event', name: 'demo request' } },
      { column: 'daysSinceActivity', use: { role: 'daysSinceActivity' } },
      { column: 'outcome', use: { role: 'outcome' } },
    ],
    wonValues: ['won'],
  };

  it('gives every lead the same score, and counts the same outcomes, in both commands', async () => {
    const { ctx, dir, out } = context();
    const file = mixedAgreement();
    file.version.content.scoring = { ...file.version.content.scoring, criteria: criteria as never, settings: { ...file.version.content.scoring.settings, caps: { Fit: null, Engagement: null, total: null }, decay: { enabled: false, halfLifeDays: 30 } } };
    writeFileSync(join(dir, 'agreement.json'), JSON.stringify(file));
    writeFileSync(join(dir, 'mapping.json'), JSON.stringify(mapping));
    const lines = csv.split('\n');
    const scores: number[] = [];
    const backtests: number[] = [];
    for (let i = 1; i < lines.length; i++) {
      writeFileSync(join(dir, 'one.csv'), `${lines[0]}\n${lines[i]}\n`);
      out.length = 0;
      expect(await runCli(['score', '--agreement', 'agreement.json', '--leads', 'one.csv', '--json'], ctx)).toBe(0);
      scores.push((JSON.parse(out.join('\n')) as { leads: { total: number }[] }).leads[0].total);
      out.length = 0;
      expect(await runCli(['backtest', '--agreement', 'agreement.json', '--leads', 'one.csv', '--mapping', 'mapping.json', '--json'], ctx)).toBe(0);
      const report = JSON.parse(out.join('\n')) as { deciles: { leads: number; maxScore: number | null }[] };
      backtests.push(report.deciles.find((d) => d.leads === 1)!.maxScore!);
    }
    // Which cards match: "02139" is the ZIP text, "1,200" and "1,200.5" are numbers, "2.50" stays "2.50", 500 is a number
    // but 0x1F4, 0b111110100, 0o764, 1e3 and Infinity are not; "yes" is one demo.
    const points = pointsByCriterion(criteria as never);
    const sum = (...ids: string[]) => ids.reduce((total, id) => total + points.get(id)!, 0);
    expect(scores).toEqual([sum('x0', 'x1', 'x2', 'x4'), sum('x1', 'x3'), sum('x0', 'x4'), sum('x1', 'x2', 'x4')]);
    expect(backtests).toEqual(scores);

    writeFileSync(join(dir, 'all.csv'), csv);
    out.length = 0;
    expect(await runCli(['score', '--agreement', 'agreement.json', '--leads', 'all.csv', '--json'], ctx)).toBe(0);
    const scored = JSON.parse(out.join('\n')) as { rowsRead: number; rowsWithoutOutcome: number };
    out.length = 0;
    expect(await runCli(['backtest', '--agreement', 'agreement.json', '--leads', 'all.csv', '--mapping', 'mapping.json', '--json'], ctx)).toBe(0);
    const tested = JSON.parse(out.join('\n')) as { rowsRead: number; rowsWithoutOutcome: number; wonTotal: number };
    expect(scored).toMatchObject({ rowsRead: 4, rowsWithoutOutcome: 1 });
    expect(tested).toMatchObject({ rowsRead: 4, rowsWithoutOutcome: 1, wonTotal: 2 });
  });

  it('print skipped rows the same way', async () => {
    const { ctx, dir, out } = context();
    writeFileSync(join(dir, 'agreement.json'), JSON.stringify(mixedAgreement()));
    writeFileSync(join(dir, 'mapping.json'), JSON.stringify({ columns: [{ column: 'event:demo request', use: { role: 'event', name: 'demo request' } }, { column: 'outcome', use: { role: 'outcome' } }] }));
    writeFileSync(join(dir, 'bad.csv'), ['name,event:demo request,outcome', 'A,1,won', 'B,0x10,won', 'C,1', '"D,1,won', ''].join('\n'));
    const block = (lines: string[]) => lines.slice(lines.indexOf(lines.find((l) => l.startsWith('Rows read:'))!)).slice(0, 5);
    expect(await runCli(['score', '--agreement', 'agreement.json', '--leads', 'bad.csv'], ctx)).toBe(0);
    const fromScore = block(out);
    out.length = 0;
    expect(await runCli(['backtest', '--agreement', 'agreement.json', '--leads', 'bad.csv', '--mapping', 'mapping.json'], ctx)).toBe(0);
    expect(block(out)).toEqual(fromScore);
    expect(fromScore).toEqual([
      'Rows read:        4',
      'Rows rejected:    3 (the header is row 1):',
      '  row 3: “0x10” in “event:demo request” is not a count',
      '  row 4: has 2 values but the header has 3',
      expect.stringMatching(/^ {2}row 5: could not be read: /),
    ]);
  });
});

describe('cli backtest --preset', () => {
  const HUBSPOT = join(FIXTURES, 'crm', 'hubspot-contacts.csv');
  const SALESFORCE = join(FIXTURES, 'crm', 'salesforce-leads.csv');
  const byHand: Record<'hubspot' | 'salesforce', { file: string; mapping: BacktestMapping; fields: Record<string, string>; today: string; won: (row: Record<string, string>) => boolean }> = {
    hubspot: {
      file: HUBSPOT,
      mapping: {
        columns: [
          { column: 'Lifecycle Stage', use: { role: 'outcome' } },
          { column: 'Create Date', use: { role: 'created' } },
          { column: 'Job Title', use: { role: 'field', name: 'seniority' } },
          { column: 'Email', use: { role: 'field', name: 'emailDomain' } },
          { column: 'Number of Employees', use: { role: 'field', name: 'employees' } },
          { column: 'Industry', use: { role: 'field', name: 'industry' } },
          { column: 'HubSpot Score', use: { role: 'crmScore' } },
        ],
        wonValues: ['Customer', 'Evangelist'],
      },
      fields: { seniority: 'Job Title', emailDomain: 'Email', employees: 'Number of Employees', industry: 'Industry' },
      today: 'HubSpot Score',
      won: (r) => ['Customer', 'Evangelist'].includes(r['Lifecycle Stage']),
    },
    salesforce: {
      file: SALESFORCE,
      mapping: {
        columns: [
          { column: 'IsConverted', use: { role: 'outcome' } },
          { column: 'CreatedDate', use: { role: 'created' } },
          { column: 'Title', use: { role: 'field', name: 'seniority' } },
          { column: 'Email', use: { role: 'field', name: 'emailDomain' } },
          { column: 'NumberOfEmployees', use: { role: 'field', name: 'employees' } },
          { column: 'Industry', use: { role: 'field', name: 'industry' } },
          { column: 'pi__score__c', use: { role: 'crmScore' } },
        ],
        wonValues: ['true'],
      },
      fields: { seniority: 'Title', emailDomain: 'Email', employees: 'NumberOfEmployees', industry: 'Industry' },
      today: 'pi__score__c',
      won: (r) => r.IsConverted === 'true',
    },
  };

  /** MQLs and wins the slow way: papaparse, one SampleLead per row, scoreLead. */
  function slow(name: 'hubspot' | 'salesforce', threshold: number) {
    const { file, fields, won } = byHand[name];
    const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
    const model = AgreementFileSchema.parse(JSON.parse(readFileSync(AGREEMENT, 'utf8'))).version.content.scoring;
    const m = { ...model, settings: { ...model.settings, mqlThreshold: threshold } };
    const scored = rows.map((r, i) => ({ won: won(r), mql: scoreLead(m, { id: `r${i}`, name: '', fields: Object.fromEntries(Object.entries(fields).flatMap(([f, c]) => (r[c].trim() === '' ? [] : [[f, r[c]]]))), events: {}, daysSinceActivity: 0, outcome: 'open' }).isMql }));
    return { mqlCount: scored.filter((s) => s.mql).length, wonTotal: scored.filter((s) => s.won).length, wonCaptured: scored.filter((s) => s.mql && s.won).length };
  }

  it.each(['hubspot', 'salesforce'] as const)('%s: maps the export with no manual step and gives the same metrics as an explicit --mapping', async (name) => {
    const { ctx, dir, out } = context();
    writeFileSync(join(dir, 'by-hand.json'), JSON.stringify(byHand[name].mapping));
    const base = ['backtest', '--agreement', AGREEMENT, '--leads', byHand[name].file, '--threshold', '40', '--json'];
    expect(await runCli([...base, '--preset', name], ctx)).toBe(0);
    const { preset, ...withPreset } = JSON.parse(out.join('\n'));
    out.length = 0;
    expect(await runCli([...base, '--mapping', 'by-hand.json'], ctx)).toBe(0);
    const withMapping = JSON.parse(out.join('\n'));
    expect(withPreset).toEqual(withMapping);
    expect(preset).toMatchObject({ name, unmappedFields: [] });
    expect(preset.mapping.columns).toHaveLength(7);
    expect(withPreset).toMatchObject({ rowsRead: 300, rowsRejected: 0, ...slow(name, 40) });
    expect(withPreset.mqlCount).toBeGreaterThan(0);
    expect(withPreset.wonCaptured).toBeGreaterThan(0);
  });

  /** Today's top N and the fit × engagement cells the slow way: scoreLead per row, a stable sort on the CRM score, fitGrade. */
  function slowTodayAndMatrix(name: 'hubspot' | 'salesforce', threshold: number) {
    const { file, fields, won, today } = byHand[name];
    const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
    const model = AgreementFileSchema.parse(JSON.parse(readFileSync(AGREEMENT, 'utf8'))).version.content.scoring;
    const m = { ...model, settings: { ...model.settings, mqlThreshold: threshold } };
    const max = maxAchievableByCategory(m);
    const leads = rows.map((r, i) => {
      const s = scoreLead(m, { id: `r${i}`, name: '', fields: Object.fromEntries(Object.entries(fields).flatMap(([f, c]) => (r[c].trim() === '' ? [] : [[f, r[c]]]))), events: {}, daysSinceActivity: 0, outcome: 'open' });
      return { i, won: won(r), mql: s.isMql, score: r[today].trim() === '' ? -Infinity : Number(r[today]), cell: `${fitGrade(shareOf(s.byCategory.Fit, max.Fit))}${engagementBand(shareOf(s.byCategory.Engagement, max.Engagement))}` };
    });
    const n = leads.filter((l) => l.mql).length;
    const top = new Set([...leads].sort((a, b) => b.score - a.score || a.i - b.i).slice(0, n).map((l) => l.i));
    const cells: Record<string, [number, number]> = {};
    for (const l of leads) {
      const c = (cells[l.cell] ??= [0, 0]);
      c[0]++;
      if (l.won) c[1]++;
    }
    return {
      volume: n,
      todayWon: leads.filter((l) => l.won && top.has(l.i)).length,
      hiddenWins: leads.filter((l) => l.won && l.mql && !top.has(l.i)).length,
      todayOnlyWins: leads.filter((l) => l.won && !l.mql && top.has(l.i)).length,
      cells,
    };
  }

  it.each(['hubspot', 'salesforce'] as const)('%s: --json compares the model with the CRM’s own score at the same MQL volume and gives the fit × engagement matrix', async (name) => {
    const { ctx, out } = context();
    expect(await runCli(['backtest', '--agreement', AGREEMENT, '--leads', byHand[name].file, '--preset', name, '--threshold', '40', '--json'], ctx)).toBe(0);
    const report = JSON.parse(out.join('\n'));
    const want = slowTodayAndMatrix(name, 40);
    const { comparison, matrix } = report;
    expect(comparison).toMatchObject({ column: byHand[name].today, scale: 'number', leads: 300, wonTotal: report.wonTotal, volume: report.mqlCount, unscored: 0, hiddenWins: want.hiddenWins, todayOnlyWins: want.todayOnlyWins });
    expect(comparison.volume).toBe(want.volume);
    expect(comparison.workshop).toEqual({ threshold: 40, mqlCount: report.mqlCount, wonCaptured: report.wonCaptured, precision: report.precision, recall: report.recall, lift: report.lift });
    expect(comparison.today).toMatchObject({ mqlCount: want.volume, wonCaptured: want.todayWon });
    expect(comparison.today.precision).toBeCloseTo(want.todayWon / want.volume);
    expect(comparison.today.recall).toBeCloseTo(want.todayWon / report.wonTotal);
    expect(comparison.today.lift).toBeCloseTo(want.todayWon / want.volume / report.baseRate);
    expect(comparison.bothWins + comparison.hiddenWins).toBe(report.wonCaptured);
    expect(comparison.hiddenWins).toBeGreaterThan(0);
    expect(matrix.cells).toHaveLength(16);
    expect(matrix).toMatchObject({ leads: 300, wonTotal: report.wonTotal, cuts: [0.75, 0.5, 0.25] });
    for (const c of matrix.cells) expect([c.leads, c.won], `${c.grade}${c.band}`).toEqual(want.cells[`${c.grade}${c.band}`] ?? [0, 0]);
  });

  it('prints the comparison and the matrix in the readable report', async () => {
    const { ctx, out } = context();
    expect(await runCli(['backtest', '--agreement', AGREEMENT, '--leads', SALESFORCE, '--preset', 'salesforce', '--threshold', '40'], ctx)).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/Today’s score: +pi__score__c \(read as numbers\), judged at the workshop model’s MQL volume \(\d+\):/);
    expect(text).toMatch(/ +Workshop model +Today’s score\nMQLs +(\d+) +\1\nWon captured/);
    expect(text).toMatch(/Hidden wins: +\d+ won leads the workshop model makes MQL and today’s score misses/);
    expect(text).toContain('Fit × engagement: fit grade A–D by engagement band 1–4, won/leads and win rate per cell');
    expect(text).toMatch(/Fit grade: a lead’s Fit points as a share of the most a lead can get \(\d+\): A 75 % or more, B 50 % or more, C 25 % or more, D below 25 %\. Engagement band: /);
    expect(text).toMatch(/Grade +Band 1 +Band 2 +Band 3 +Band 4 +All\nA +\d+\/\d+/);
    expect(text).toMatch(/\nAll +.*\d+\/300 /);
  });

  it('names the preset and its columns in the readable report', async () => {
    const { ctx, out } = context();
    expect(await runCli(['backtest', '--agreement', AGREEMENT, '--leads', HUBSPOT, '--preset', 'hubspot'], ctx)).toBe(0);
    expect(out.join('\n')).toMatch(/Preset: +HubSpot contacts export, columns mapped automatically:\n +Email → field emailDomain\n +Job Title → field seniority\n +Lifecycle Stage → outcome \(won: customer, evangelist\)/);
  });

  it('refuses a file that does not fit the preset, naming the missing columns (exit 2), and bad --preset use', async () => {
    const { ctx, err } = context();
    expect(await runCli(['backtest', '--agreement', AGREEMENT, '--leads', SALESFORCE, '--preset', 'hubspot'], ctx)).toBe(2);
    expect(err.join('\n')).toContain('does not fit the hubspot preset (HubSpot contacts export): it has no column “Lifecycle Stage” (or “lifecyclestage”) or “Became a Customer Date” (or “hs_lifecyclestage_customer_date”), no column “Create Date” (or “createdate”).');
    err.length = 0;
    expect(await runCli(['backtest', '--agreement', AGREEMENT, '--leads', LEADS, '--preset', 'salesforce'], ctx)).toBe(2);
    expect(err.join('\n')).toMatch(/no column “Converted” \(or “IsConverted”\) or “Lead Status” \(or “Status”\)/);
    err.length = 0;
    expect(await runCli(['backtest', '--agreement', AGREEMENT, '--leads', HUBSPOT, '--preset', 'marketo'], ctx)).toBe(2);
    expect(err[0]).toBe('backtest: --preset must be hubspot or salesforce, not "marketo".');
    err.length = 0;
    expect(await runCli(['backtest', '--agreement', AGREEMENT, '--leads', HUBSPOT], ctx)).toBe(2);
    expect(err[0]).toBe('backtest: --mapping file.json or --preset hubspot|salesforce is required.');
    err.length = 0;
    expect(await runCli(['backtest', '--agreement', AGREEMENT, '--leads', HUBSPOT, '--preset', 'hubspot', '--mapping', 'x.json'], ctx)).toBe(2);
    expect(err[0]).toBe('backtest: give --mapping or --preset, not both.');
  });

  it('the help names the presets', async () => {
    const { ctx, out } = context();
    expect(await runCli(['backtest', '--help'], ctx)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('--preset hubspot|salesforce');
    expect(text).toMatch(/hubspot +a HubSpot contacts export/);
    expect(text).toMatch(/salesforce +a Salesforce leads export/);
  });
});
