import type { Incentives } from '../../model/incentives';
import { percentOfCents, splitCents } from '../money';
import { onTargetBonusCents, type GatePoint, type IncentiveTable } from './incentives';

/**
 * The incentive rule of rules version 1, kept unchanged for one purpose only: a version signed
 * under it keeps showing the figures its signers saw (shared/rules/rules-version.ts). Nothing new
 * is computed with it. Under version 1 the pool was a % of the revenue won, the gate percentage
 * multiplied that pool, the cap limited the gate percentage (not the pay-out), and above the last
 * point the last slope went on, times the accelerator for attainment above 100 %.
 */

const byAttainment = (points: readonly GatePoint[]) => [...points].sort((a, b) => a.attainment - b.attainment);

function extrapolate(points: GatePoint[], accelerator: number, attainment: number): number {
  const last = points[points.length - 1];
  if (points.length < 2) return last.payout;
  const prev = points[points.length - 2];
  if (last.attainment <= prev.attainment) return last.payout;
  const slope = (last.payout - prev.payout) / (last.attainment - prev.attainment);
  const plainSpan = Math.max(0, Math.min(attainment, 100) - last.attainment);
  const acceleratedSpan = attainment - last.attainment - plainSpan;
  return last.payout + slope * plainSpan + slope * accelerator * acceleratedSpan;
}

/** Version 1's gate percentage at an attainment (100 with no gate), capped. */
export function gatePercentV1(plan: Incentives, attainment: number): number {
  const points = byAttainment(plan.gate.points);
  if (!plan.gate.enabled || points.length === 0) return 100;
  let payout: number;
  if (attainment < points[0].attainment) payout = 0;
  else if (attainment >= points[points.length - 1].attainment) payout = extrapolate(points, plan.acceleratorAbove100 ?? 1, attainment);
  else {
    const upper = points.findIndex((p) => p.attainment > attainment);
    const a = points[upper - 1];
    const b = points[upper];
    payout = a.payout + ((b.payout - a.payout) * (attainment - a.attainment)) / (b.attainment - a.attainment);
  }
  const cap = plan.capPercent ?? null;
  return Math.max(0, cap === null ? payout : Math.min(payout, cap));
}

/**
 * Version 1's quarter at each attainment, in the shape of today's table: the pay-out is the gate
 * percentage of (pool % × revenue won), and its % of the on-target bonus is what that amounts to
 * (240 % at 120 % attainment with a gate at 200 %).
 */
export function incentiveTableV1(plan: Incentives, revenueTargetCents: number, attainments: readonly number[]): IncentiveTable {
  const otb = onTargetBonusCents(plan, revenueTargetCents);
  return {
    onTargetBonusCents: otb,
    rows: attainments.map((attainment) => {
      const pool = percentOfCents(percentOfCents(revenueTargetCents, attainment), plan.poolPercent);
      const totalCents = percentOfCents(pool, gatePercentV1(plan, attainment));
      const { sales, marketing } = splitCents(totalCents, plan.salesSharePercent);
      const payoutPercent = otb === 0 ? 0 : Math.round((totalCents / otb) * 10_000) / 100;
      return { attainment, payoutPercent, totalCents, salesCents: sales, marketingCents: marketing };
    }),
  };
}
