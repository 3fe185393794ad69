import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Incentives } from '../../../../shared/model/incentives';
import {
  dealPayout,
  gateMultiplier,
  gatePayoutPercent,
  incentiveWarnings,
  quarterProjection,
  validateGateCurve,
} from '../../../../shared/rules/goals';
import { exampleGoals, exampleIncentives } from './fixtures';

const ungated = (overrides: Partial<Incentives> = {}) => exampleIncentives({ gate: { enabled: false, points: [] }, ...overrides });

describe('gate curve', () => {
  const inc = exampleIncentives({ capPercent: null });

  it('pays nothing below the first point and follows straight lines between points', () => {
    expect(gatePayoutPercent(inc, 80)).toBe(0);
    expect(gatePayoutPercent(inc, 85)).toBe(0);
    expect(gatePayoutPercent(inc, 87.5)).toBe(25);
    expect(gatePayoutPercent(inc, 90)).toBe(50);
    expect(gatePayoutPercent(inc, 95)).toBe(75);
    expect(gatePayoutPercent(inc, 100)).toBe(100);
    expect(gatePayoutPercent(inc, 105)).toBe(150);
    expect(gateMultiplier(inc, 90)).toBe(0.5);
  });

  it('extends the last slope beyond the last point, times the accelerator above 100 %', () => {
    expect(gatePayoutPercent(inc, 110)).toBe(200);
    expect(gatePayoutPercent({ ...inc, acceleratorAbove100: 2 }, 110)).toBe(250);
  });

  it('accelerates only the part above 100 % when the curve ends below it', () => {
    const short = exampleIncentives({ capPercent: null, acceleratorAbove100: 2, gate: { enabled: true, points: [{ attainment: 80, payout: 0 }, { attainment: 90, payout: 50 }] } });
    // 90→100 at 5 points per point = 100, then 100→110 at 10 per point = 200.
    expect(gatePayoutPercent(short, 110)).toBe(200);
  });

  it('stops at the cap', () => {
    expect(gatePayoutPercent(exampleIncentives({ capPercent: 200 }), 150)).toBe(200);
  });

  it('pays the full pool whenever the gate is off', () => {
    expect(gateMultiplier(ungated(), 10)).toBe(1);
    expect(gateMultiplier(ungated(), 150)).toBe(1);
  });

  it('reports points that fall or do not move forward', () => {
    expect(validateGateCurve(exampleIncentives().gate.points)).toEqual([]);
    const problems = validateGateCurve([{ attainment: 90, payout: 50 }, { attainment: 90, payout: 60 }, { attainment: 100, payout: 40 }]);
    expect(problems.map((p) => p.index)).toEqual([1, 2]);
    expect(problems[0].message).toContain('higher attainment than 90 %');
    expect(problems[1].message).toContain('must not pay less than 60 %');
  });
});

describe('worked examples', () => {
  it('pays $700 to sales and $300 to marketing for a $10,000 deal with a 10 % pool split 70/30', () => {
    expect(dealPayout(exampleIncentives(), 1_000_000)).toEqual({ poolCents: 100_000, gatePercent: 100, paidCents: 100_000, salesCents: 70_000, marketingCents: 30_000 });
  });

  it('flags the seed example of a broken plan: sales takes all, marketing gets nothing', () => {
    const broken = exampleIncentives({ salesSharePercent: 100 });
    expect(dealPayout(broken, 1_000_000)).toMatchObject({ salesCents: 100_000, marketingCents: 0 });
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

  it('projects each side\'s quarterly pay-out at 50/80/100/120 % attainment', () => {
    const rows = quarterProjection(exampleIncentives(), exampleGoals());
    expect(rows.map((r) => [r.attainment, r.revenueCents, r.gatePercent, r.salesCents, r.marketingCents])).toEqual([
      [50, 60_000_000, 0, 0, 0],
      [80, 96_000_000, 0, 0, 0],
      [100, 120_000_000, 100, 8_400_000, 3_600_000],
      // 120 % runs past 105 → 150 at 10 points per point (250 %), capped at 200 %.
      [120, 144_000_000, 200, 20_160_000, 8_640_000],
    ]);
  });

  it('projects an ungated plan in proportion to revenue', () => {
    const rows = quarterProjection(ungated(), exampleGoals(), [50, 100]);
    expect(rows.map((r) => r.salesCents + r.marketingCents)).toEqual([6_000_000, 12_000_000]);
  });
});

describe('pay-out properties', () => {
  /** fc.double alone clusters near the bounds; hundredths of a point cover the range evenly. */
  const attainmentArb = fc.oneof(fc.integer({ min: 0, max: 30_000 }).map((n) => n / 100), fc.double({ min: 0, max: 300, noNaN: true }));

  /** Any rising curve: attainments strictly increasing, pay-outs never falling. */
  const curveArb = fc
    .array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 60 })), { minLength: 1, maxLength: 8 })
    .chain((steps) => fc.integer({ min: 0, max: 100 }).map((start) => {
      let attainment = start;
      let payout = 0;
      return steps.map(([da, dp]) => ({ attainment: (attainment += da), payout: Math.min(500, (payout += dp)) }));
    }));

  const incentivesArb = fc.record({
    poolPercent: fc.integer({ min: 0, max: 100 }),
    salesSharePercent: fc.oneof(fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100), fc.double({ min: 0, max: 100, noNaN: true })),
    gate: fc.record({ enabled: fc.boolean(), points: curveArb }),
    acceleratorAbove100: fc.double({ min: 1, max: 5, noNaN: true }),
    capPercent: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
    exampleDealCents: fc.constant(1_000_000),
  });

  it('never pays either side less for higher attainment', () => {
    fc.assert(
      fc.property(incentivesArb, fc.integer({ min: 1, max: 10_000_000_000 }), fc.array(attainmentArb, { minLength: 2, maxLength: 8 }), (inc, revenue, raw) => {
        const attainments = [...raw].sort((a, b) => a - b);
        const rows = quarterProjection(inc, exampleGoals({ revenueTargetCents: revenue }), attainments);
        for (let i = 1; i < rows.length; i++) {
          expect(rows[i].gatePercent).toBeGreaterThanOrEqual(rows[i - 1].gatePercent);
          expect(rows[i].salesCents).toBeGreaterThanOrEqual(rows[i - 1].salesCents);
          expect(rows[i].marketingCents).toBeGreaterThanOrEqual(rows[i - 1].marketingCents);
        }
      }),
    );
  });

  it('always splits a deal\'s pay-out exactly, in whole cents', () => {
    fc.assert(
      fc.property(incentivesArb, fc.integer({ min: 0, max: 100_000_000_000 }), attainmentArb, (inc, deal, attainment) => {
        const pay = dealPayout(inc, deal, attainment);
        expect(pay.salesCents + pay.marketingCents).toBe(pay.paidCents);
        expect(Number.isInteger(pay.salesCents) && Number.isInteger(pay.marketingCents)).toBe(true);
      }),
    );
  });
});
