import { describe, expect, it } from 'vitest';
import type { Incentives } from '../../../../shared/model/incentives';
import {
  curvePercent,
  dealPayout,
  incentiveTable,
  incentiveWarnings,
  onTargetBonusCents,
  payoutCurve,
  payoutPercent,
  quarterProjection,
  validateGateCurve,
  WORKED_ATTAINMENTS,
} from '../../../../shared/rules/goals';
import { exampleGoals, exampleIncentives } from './fixtures';

const ungated = (overrides: Partial<Incentives> = {}) => exampleIncentives({ gate: { enabled: false, points: [] }, ...overrides });
const TARGET = exampleGoals().revenueTargetCents; // $1.2M

describe('gate curve', () => {
  const inc = exampleIncentives({ capPercent: null });

  it('pays nothing below the first point and follows straight lines between points', () => {
    expect(payoutPercent(inc, 80)).toBe(0);
    expect(payoutPercent(inc, 85)).toBe(0);
    expect(payoutPercent(inc, 87.5)).toBe(25);
    expect(payoutPercent(inc, 90)).toBe(50);
    expect(payoutPercent(inc, 95)).toBe(75);
    expect(payoutPercent(inc, 100)).toBe(100);
    expect(payoutPercent(inc, 105)).toBe(150);
  });

  it('without a cap keeps growing along the last slope beyond the last point', () => {
    // 105 → 150 at 10 points of bonus per point of attainment.
    expect(payoutPercent(inc, 110)).toBe(200);
    expect(payoutPercent(inc, 120)).toBe(300);
    expect(payoutPercent(inc, 150)).toBe(600);
  });

  it('accelerates only what the curve adds above 100 %: 100 + 2 × (200 − 100) = 300 % at 110 %', () => {
    expect(curvePercent(inc, 110)).toBe(200);
    expect(payoutPercent({ ...inc, acceleratorAbove100: 2 }, 110)).toBe(300);
    // Between 100 % and the last point the accelerator already counts: 100 + 2 × (150 − 100).
    expect(payoutPercent({ ...inc, acceleratorAbove100: 2 }, 105)).toBe(200);
    // At and below 100 % it changes nothing.
    expect(payoutPercent({ ...inc, acceleratorAbove100: 2 }, 100)).toBe(100);
    expect(payoutPercent({ ...inc, acceleratorAbove100: 2 }, 95)).toBe(75);
  });

  it('accelerates the last slope when the curve ends below 100 %', () => {
    const short = exampleIncentives({ capPercent: null, acceleratorAbove100: 2, gate: { enabled: true, points: [{ attainment: 80, payout: 0 }, { attainment: 90, payout: 50 }] } });
    // The curve rises 5 points per point: 100 at 100 %, 150 at 110 %; accelerated 100 + 2 × 50.
    expect(payoutPercent(short, 100)).toBe(100);
    expect(payoutPercent(short, 110)).toBe(200);
  });

  it('the cap limits the total pay-out: cap 200 % at 120 % attainment pays 200 % of the bonus, not 240 %', () => {
    const capped = exampleIncentives({ capPercent: 200 });
    expect(payoutPercent(capped, 120)).toBe(200);
    expect(payoutPercent(capped, 150)).toBe(200);
    const otb = onTargetBonusCents(capped, TARGET);
    expect(otb).toBe(12_000_000); // $120,000
    expect(incentiveTable(capped, TARGET, [120]).rows[0].totalCents).toBe(24_000_000); // $240,000, not $288,000
    // The cap applies after the accelerator.
    expect(payoutPercent(exampleIncentives({ capPercent: 250, acceleratorAbove100: 2 }), 110)).toBe(250);
  });

  it('without a gate, the pay-out in % of the bonus is the attainment itself (pool % of the revenue won)', () => {
    expect(payoutPercent(ungated({ capPercent: null }), 50)).toBe(50);
    expect(payoutPercent(ungated({ capPercent: null }), 130)).toBe(130);
    expect(payoutPercent(ungated({ capPercent: null, acceleratorAbove100: 2 }), 130)).toBe(160);
    expect(payoutPercent(ungated({ capPercent: 120 }), 130)).toBe(120);
    expect(payoutPercent(exampleIncentives({ capPercent: null, gate: { enabled: true, points: [] } }), 70)).toBe(70);
  });

  it('reports points that fall or do not move forward', () => {
    expect(validateGateCurve(exampleIncentives().gate.points)).toEqual([]);
    const problems = validateGateCurve([{ attainment: 90, payout: 50 }, { attainment: 90, payout: 60 }, { attainment: 100, payout: 40 }]);
    expect(problems.map((p) => p.index)).toEqual([1, 2]);
    expect(problems[0].message).toContain('higher attainment than 90 %');
    expect(problems[1].message).toContain('must not pay less than 60 %');
  });

  it('gives the corners of the curve up to 150 %, bending where the cap starts', () => {
    expect(payoutCurve(exampleIncentives())).toEqual([
      { attainment: 0, payoutPercent: 0 },
      { attainment: 85, payoutPercent: 0 },
      { attainment: 90, payoutPercent: 50 },
      { attainment: 100, payoutPercent: 100 },
      { attainment: 105, payoutPercent: 150 },
      { attainment: 110, payoutPercent: 200 },
      { attainment: 150, payoutPercent: 200 },
    ]);
    const jump = payoutCurve(exampleIncentives({ gate: { enabled: true, points: [{ attainment: 90, payout: 50 }, { attainment: 100, payout: 100 }] } }));
    expect(jump.slice(0, 3)).toEqual([{ attainment: 0, payoutPercent: 0 }, { attainment: 90, payoutPercent: 0 }, { attainment: 90, payoutPercent: 50 }]);
    expect(jump.at(-1)).toEqual({ attainment: 150, payoutPercent: 200 });
  });
});

describe('worked examples', () => {
  it('a $10,000 deal is its share of the quarter\'s pay-out at 100 %: $700 to sales and $300 to marketing', () => {
    expect(dealPayout(exampleIncentives(), TARGET, 1_000_000)).toEqual({
      dealCents: 1_000_000,
      poolCents: 100_000,
      payoutPercent: 100,
      paidCents: 100_000,
      salesCents: 70_000,
      marketingCents: 30_000,
    });
    // A gate paying 80 % at target pays the deal 80 % of its share of the bonus.
    const lower = exampleIncentives({ gate: { enabled: true, points: [{ attainment: 90, payout: 50 }, { attainment: 100, payout: 80 }] } });
    expect(dealPayout(lower, TARGET, 1_000_000)).toMatchObject({ poolCents: 100_000, paidCents: 80_000, salesCents: 56_000, marketingCents: 24_000 });
  });

  it('flags the seed example of a broken plan: sales takes all, marketing gets nothing', () => {
    const broken = exampleIncentives({ salesSharePercent: 100 });
    expect(dealPayout(broken, TARGET, 1_000_000)).toMatchObject({ salesCents: 100_000, marketingCents: 0 });
    const warnings = incentiveWarnings(broken);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Marketing gets nothing from a deal/);
    expect(incentiveWarnings(exampleIncentives({ salesSharePercent: 0 }))[0]).toMatch(/^Sales gets nothing from a deal/);
  });

  it('has no warnings for the template plan', () => {
    expect(incentiveWarnings(exampleIncentives())).toEqual([]);
  });

  it('warns about an empty pool, an empty gate, a gate that pays nothing on target and a cap below 100 %', () => {
    expect(incentiveWarnings(exampleIncentives({ poolPercent: 0 }))[0]).toMatch(/neither team earns anything/);
    expect(incentiveWarnings(exampleIncentives({ gate: { enabled: true, points: [] } }))[0]).toMatch(/no points/);
    expect(incentiveWarnings(exampleIncentives({ gate: { enabled: true, points: [{ attainment: 110, payout: 100 }] } }))[0]).toMatch(/At 100 % of the shared goal the gate pays nothing/);
    expect(incentiveWarnings(exampleIncentives({ capPercent: 80 }))[0]).toMatch(/cap of 80 %/);
  });

  it('prints the worked table at 0/50/85/90/100/110/120/150 % for the seed plan', () => {
    const table = incentiveTable(exampleIncentives(), TARGET, WORKED_ATTAINMENTS);
    expect(table.onTargetBonusCents).toBe(12_000_000);
    expect(table.rows.map((r) => [r.attainment, r.payoutPercent, r.totalCents, r.salesCents, r.marketingCents])).toEqual([
      [0, 0, 0, 0, 0],
      [50, 0, 0, 0, 0],
      [85, 0, 0, 0, 0],
      [90, 50, 6_000_000, 4_200_000, 1_800_000],
      [100, 100, 12_000_000, 8_400_000, 3_600_000],
      // 110 % reaches 200 % along the last slope; the cap of 200 % holds it there.
      [110, 200, 24_000_000, 16_800_000, 7_200_000],
      [120, 200, 24_000_000, 16_800_000, 7_200_000],
      [150, 200, 24_000_000, 16_800_000, 7_200_000],
    ]);
  });

  it('gives sales its share rounded half-up to the cent and marketing the rest', () => {
    const third = exampleIncentives({ salesSharePercent: 33.33, gate: { enabled: false, points: [] }, capPercent: null });
    const [row] = incentiveTable(third, 1_001, [100]).rows; // OTB 100.1 → 100 cents
    expect(row.totalCents).toBe(100);
    expect(row.salesCents).toBe(33);
    expect(row.marketingCents).toBe(67);
  });

  it('projects each side\'s quarterly pay-out at 50/80/100/120 % attainment', () => {
    const rows = quarterProjection(exampleIncentives(), exampleGoals());
    expect(rows.map((r) => [r.attainment, r.revenueCents, r.payoutPercent, r.salesCents, r.marketingCents])).toEqual([
      [50, 60_000_000, 0, 0, 0],
      [80, 96_000_000, 0, 0, 0],
      [100, 120_000_000, 100, 8_400_000, 3_600_000],
      [120, 144_000_000, 200, 16_800_000, 7_200_000],
    ]);
  });

  it('projects an ungated plan in proportion to revenue', () => {
    const rows = quarterProjection(ungated(), exampleGoals(), [50, 100]);
    expect(rows.map((r) => r.salesCents + r.marketingCents)).toEqual([6_000_000, 12_000_000]);
  });
});
