import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Incentives } from '../../../../shared/model/incentives';
import { IncentivesSchema } from '../../../../shared/model/incentives';
import { curvePercent, dealPayout, incentiveTable, payoutPercent } from '../../../../shared/rules/goals';

/** fc.double alone clusters near the bounds; hundredths of a point cover the range evenly. */
const attainmentArb = fc.oneof(fc.integer({ min: 0, max: 30_000 }).map((n) => n / 100), fc.double({ min: 0, max: 300, noNaN: true }));

/** Any rising curve the schema accepts: attainments strictly increasing, pay-outs never falling. */
const curveArb = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 60 })), { minLength: 1, maxLength: 8 })
  .chain((steps) => fc.integer({ min: 0, max: 100 }).map((start) => {
    let attainment = start;
    let payout = 0;
    return steps.map(([da, dp]) => ({ attainment: (attainment += da), payout: Math.min(500, (payout += dp)) }));
  }));

const incentivesArb: fc.Arbitrary<Incentives> = fc.record({
  poolPercent: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
  salesSharePercent: fc.oneof(fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100), fc.double({ min: 0, max: 100, noNaN: true })),
  gate: fc.record({ enabled: fc.boolean(), points: curveArb }),
  acceleratorAbove100: fc.oneof(fc.constant(1), fc.double({ min: 1, max: 5, noNaN: true })),
  capPercent: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
  exampleDealCents: fc.constant(1_000_000),
});

const targetArb = fc.integer({ min: 1, max: 10_000_000_000 });

describe('pay-out properties', () => {
  it('generates only plans the schema accepts', () => {
    fc.assert(fc.property(incentivesArb, (inc) => {
      expect(IncentivesSchema.safeParse(inc).success).toBe(true);
    }));
  });

  it('never pays less (in %, in total or to either side) for higher attainment', () => {
    fc.assert(
      fc.property(incentivesArb, targetArb, fc.array(attainmentArb, { minLength: 2, maxLength: 8 }), (inc, target, raw) => {
        const attainments = [...raw].sort((a, b) => a - b);
        const rows = incentiveTable(inc, target, attainments).rows;
        for (let i = 1; i < rows.length; i++) {
          expect(rows[i].payoutPercent).toBeGreaterThanOrEqual(rows[i - 1].payoutPercent);
          expect(rows[i].totalCents).toBeGreaterThanOrEqual(rows[i - 1].totalCents);
          expect(rows[i].salesCents).toBeGreaterThanOrEqual(rows[i - 1].salesCents);
          expect(rows[i].marketingCents).toBeGreaterThanOrEqual(rows[i - 1].marketingCents);
        }
      }),
    );
  });

  it('never pays more than the cap, in % of the on-target bonus and in cents', () => {
    fc.assert(
      fc.property(incentivesArb.filter((inc) => inc.capPercent !== null), targetArb, attainmentArb, (inc, target, attainment) => {
        const cap = inc.capPercent as number;
        const table = incentiveTable(inc, target, [attainment]);
        expect(table.rows[0].payoutPercent).toBeLessThanOrEqual(cap);
        expect(table.rows[0].totalCents).toBeLessThanOrEqual(Math.ceil((table.onTargetBonusCents * cap) / 100));
      }),
    );
  });

  it('with accelerator 1 the pay-out is the curve itself, and the accelerator changes nothing up to 100 %', () => {
    fc.assert(
      fc.property(incentivesArb, fc.double({ min: 1, max: 5, noNaN: true }), attainmentArb, (inc, acc, attainment) => {
        const plain = { ...inc, acceleratorAbove100: 1 };
        const accelerated = { ...inc, acceleratorAbove100: acc };
        const curve = Math.round(curvePercent(inc, attainment) * 100) / 100;
        expect(payoutPercent(plain, attainment)).toBe(inc.capPercent === null ? curve : Math.min(curve, inc.capPercent));
        if (attainment <= 100) expect(payoutPercent(accelerated, attainment)).toBe(payoutPercent(plain, attainment));
        else expect(payoutPercent(accelerated, attainment)).toBeGreaterThanOrEqual(payoutPercent(plain, attainment));
      }),
    );
  });

  it('splits every total exactly between sales and marketing, in whole cents', () => {
    fc.assert(
      fc.property(incentivesArb, targetArb, attainmentArb, (inc, target, attainment) => {
        const [row] = incentiveTable(inc, target, [attainment]).rows;
        expect(row.salesCents + row.marketingCents).toBe(row.totalCents);
        for (const cents of [row.totalCents, row.salesCents, row.marketingCents]) expect(Number.isInteger(cents) && cents >= 0).toBe(true);
      }),
    );
  });

  it('splits a deal\'s share exactly too', () => {
    fc.assert(
      fc.property(incentivesArb, targetArb, fc.integer({ min: 0, max: 100_000_000_000 }), (inc, target, deal) => {
        const pay = dealPayout(inc, target, deal);
        expect(pay.salesCents + pay.marketingCents).toBe(pay.paidCents);
        expect(Number.isInteger(pay.salesCents) && Number.isInteger(pay.marketingCents)).toBe(true);
      }),
    );
  });
});
