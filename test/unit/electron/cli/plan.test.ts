import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../../../electron/cli/index';
import { curvePercent, WORKED_ATTAINMENTS } from '../../../../shared/rules/goals';
import { fixtureFile } from '../pdf/helpers';
import { cliContext } from './helpers';

interface PlanJson {
  agreement: { status: string; version: number };
  funnel: { perQuarter: Record<string, number>; perMonth: Record<string, number>; mqlCommitmentPerMonth: number; pipelineCents: number; rounding: string };
  commitments: { id: string; target: number }[];
  incentives: { onTargetBonusCents: number; rows: Record<string, number>[] };
}

const fixture = () => JSON.parse(readFileSync(fixtureFile(), 'utf8'));

async function planJson(...extra: string[]): Promise<PlanJson> {
  const { run, out, err } = cliContext();
  expect(await run('plan', '--agreement', fixtureFile(), '--json', ...extra)).toBe(0);
  expect(err).toEqual([]);
  return JSON.parse(out.join('\n')) as PlanJson;
}

describe('cli plan --json on the signed fixture', () => {
  it('gives the on-target bonus and one row per default attainment, computed as by hand', async () => {
    const plan = await planJson();
    const { goals, incentives } = fixture().version.content;
    // The fixture: $1.2M revenue target, pool 10 % → $120,000; sales 70 %; gate 85→0, 90→50, 100→100, 105→150; cap 200 %.
    expect(goals.revenueTargetCents).toBe(120_000_000);
    expect(plan.incentives.onTargetBonusCents).toBe(12_000_000);
    expect(plan.incentives.rows.map((r) => r.attainment)).toEqual([...WORKED_ATTAINMENTS]);
    for (const row of plan.incentives.rows) expect(Object.keys(row)).toEqual(['attainment', 'payoutPercent', 'totalCents', 'salesCents', 'marketingCents']);
    expect(Object.keys(plan.incentives)).toEqual(['onTargetBonusCents', 'rows']);
    // At 100 %, the pay-out is the on-target bonus × curve(100) = $120,000 × 100 %.
    const atTarget = plan.incentives.rows.find((r) => r.attainment === 100)!;
    expect(curvePercent(incentives, 100)).toBe(100);
    expect(atTarget).toEqual({ attainment: 100, payoutPercent: 100, totalCents: (12_000_000 * 100) / 100, salesCents: 8_400_000, marketingCents: 3_600_000 });
    // At 90 %, the curve's point pays 50 %: $60,000, of which sales $42,000.
    expect(plan.incentives.rows.find((r) => r.attainment === 90)).toEqual({ attainment: 90, payoutPercent: 50, totalCents: 6_000_000, salesCents: 4_200_000, marketingCents: 1_800_000 });
    // At 150 %, 150 % + 10 points per point above 105 % = 600 %, capped at 200 %: $240,000.
    expect(plan.incentives.rows.at(-1)).toEqual({ attainment: 150, payoutPercent: 200, totalCents: 24_000_000, salesCents: 16_800_000, marketingCents: 7_200_000 });
    expect(plan.incentives.rows[0]).toEqual({ attainment: 0, payoutPercent: 0, totalCents: 0, salesCents: 0, marketingCents: 0 });
  });

  it('uses the attainments asked for, decimals included', async () => {
    const plan = await planJson('--attainments', '87.5,100,120');
    // 87.5 % lies halfway between 85 % → 0 and 90 % → 50: 25 % of $120,000 = $30,000.
    expect(plan.incentives.rows).toEqual([
      { attainment: 87.5, payoutPercent: 25, totalCents: 3_000_000, salesCents: 2_100_000, marketingCents: 900_000 },
      { attainment: 100, payoutPercent: 100, totalCents: 12_000_000, salesCents: 8_400_000, marketingCents: 3_600_000 },
      { attainment: 120, payoutPercent: 200, totalCents: 24_000_000, salesCents: 16_800_000, marketingCents: 7_200_000 },
    ]);
  });

  it('gives the funnel per quarter and per month, the rounding sentence and the commitments', async () => {
    const plan = await planJson();
    expect(plan.agreement).toMatchObject({ status: 'signed', version: 1 });
    expect(plan.funnel.perQuarter).toMatchObject({ revenueCents: 120_000_000, deals: 40, sqls: 160, sals: 267, mqls: 534 });
    expect(plan.funnel.perMonth).toMatchObject({ deals: 14, sqls: 54, sals: 89, mqls: 178 });
    expect(plan.funnel.mqlCommitmentPerMonth).toBe(178);
    expect(plan.funnel.pipelineCents).toBe(480_000_000);
    expect(plan.funnel.rounding).toContain('Every stage is rounded up to a whole number');
    expect(plan.funnel.rounding).toContain('40 deals a quarter make 14 a month (42 over the three months)');
    expect(plan.commitments.find((c) => c.id === 'c-mql')?.target).toBe(178);
    expect(plan.commitments).toHaveLength(fixture().version.content.commitments.rows.length);
  });
});

describe('cli plan as text', () => {
  it('prints the funnel, the commitments and the incentive sentences and table', async () => {
    const { run, out } = cliContext();
    expect(await run('plan', '--agreement', fixtureFile())).toBe(0);
    const text = out.join('\n');
    expect(out[0]).toMatch(/^Plan of .+ · 2027-Q1 · v1 \(signed\)$/);
    expect(text).toMatch(/Deals won\s+Revenue ÷ average deal of \$30,000\s+40\s+14/);
    expect(text).toMatch(/Marketing-qualified leads\s+SALs ÷ MQL→SAL rate of 50 %\s+534\s+178/);
    expect(text).toContain('Monthly figures are each quarterly figure ÷ 3, rounded up stage by stage');
    expect(text).toMatch(/Marketing\s+Deliver MQLs that meet the lead definition\s+MQLs delivered\s+178 MQLs\s+monthly/);
    expect(text).toContain("The on-target bonus is 10 % of the quarter's revenue target of $1,200,000: $120,000.");
    expect(text).toMatch(/100 %\s+100 %\s+\$120,000\s+\$84,000\s+\$36,000/);
    expect(text).toMatch(/150 %\s+200 %\s+\$240,000\s+\$168,000\s+\$72,000/);
  });

  it('reads a draft too, with its own currency and locale, and notes a derived commitment the funnel no longer gives', async () => {
    const c = cliContext();
    const file = fixture();
    const content = { ...file.version.content, currency: 'EUR', locale: 'de-DE', goals: { ...file.version.content.goals, revenueTargetCents: 150_000_000 } };
    const draft = { ...file.version, status: 'draft', signatures: [], contentHash: null, frozenAt: null, content };
    writeFileSync(join(c.dir, 'draft.json'), JSON.stringify(draft));
    expect(await c.run('plan', '--agreement', 'draft.json', '--attainments', '100')).toBe(0);
    const text = c.out.join('\n');
    expect(c.out[0]).toMatch(/v1 \(draft\)$/);
    // 50 deals → 200 SQL → 334 SAL → 668 MQL → 223 a month; the stored row still says 178.
    expect(text).toMatch(/Marketing-qualified leads\s+SALs ÷ MQL→SAL rate of 50 %\s+668\s+223/);
    expect(text).toContain('Marketing: “Deliver MQLs that meet the lead definition” is 178 MQLs, but the funnel gives 223 today.');
    expect(text).toMatch(/100 %\s+100 %\s+150\.000\s€\s+105\.000\s€\s+45\.000\s€/);
  });
});

describe('cli plan refuses bad usage with exit 2, naming the option', () => {
  it.each([
    ['a hex attainment', ['--attainments', '80,0x10'], /--attainments must be a number from 0 to 1000 in plain decimal digits, not "0x10"/],
    ['an attainment above 1000', ['--attainments', '100,1001'], /--attainments must be a number from 0 to 1000, not 1001/],
    ['a negative attainment', ['--attainments=-5'], /--attainments must be a number from 0 to 1000, not -5/],
    ['an empty item', ['--attainments', '80,,100'], /--attainments must be a number .* not ""/],
    ['an exponent', ['--attainments', '1e2'], /--attainments must be .* not "1e2"/],
    ['no value', ['--attainments'], /--attainments needs a value, as in --attainments 80,100,120/],
    ['a misspelt option', ['--attainment', '100'], /--attainment is not an option of plan \(did you mean --attainments\?\)/],
  ])('%s', async (_what, extra, message) => {
    const { run, err, out } = cliContext();
    const commands = await loadCommands();
    expect(await run('plan', '--agreement', fixtureFile(), ...extra)).toBe(2);
    expect(err[0]).toMatch(/^plan: /);
    expect(err[0]).toMatch(message);
    expect(err[1]).toBe(`Usage: npm run cli -- ${commands.get('plan')!.usage}`);
    expect(out).toEqual([]);
  });

  it('needs --agreement, and refuses a file that is not an agreement', async () => {
    const c = cliContext();
    expect(await c.run('plan')).toBe(2);
    expect(c.err[0]).toBe('plan: --agreement file.json is required.');
    writeFileSync(join(c.dir, 'bad.json'), '{"hello": 1}');
    expect(await c.run('plan', '--agreement', 'bad.json')).toBe(2);
    expect(c.err[0]).toMatch(/^plan: bad\.json is not a valid agreement version/);
  });
});

describe('cli plan on a version signed under rules version 1', () => {
  it('prints what was signed (the cap on the gate percentage: 240 % at 120 %) and says how today’s rules read it', async () => {
    const file = fixture();
    delete file.version.rulesVersion;
    const path = join(mkdtempSync(join(tmpdir(), 'cg-plan-')), 'old-rules.json');
    writeFileSync(path, JSON.stringify(file));
    const json = cliContext();
    expect(await json.run('plan', '--agreement', path, '--json', '--attainments', '120')).toBe(0);
    const plan = JSON.parse(json.out.join('\n')) as PlanJson & { agreement: { rulesVersion: number } };
    expect(plan.agreement.rulesVersion).toBe(1);
    expect(plan.incentives.rows[0]).toMatchObject({ attainment: 120, payoutPercent: 240, totalCents: 28_800_000 });
    const text = cliContext();
    expect(await text.run('plan', '--agreement', path, '--attainments', '120')).toBe(0);
    expect(text.out.join('\n')).toContain('Signed under rules version 1.');
    expect(text.out.join('\n')).toContain('today’s rules would pay 200 % of the on-target bonus ($240,000)');
  });
});
