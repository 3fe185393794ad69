import type { Goals } from '../../model/goals';
import type { Incentives } from '../../model/incentives';
import { percentOfCents, splitCents } from '../money';
import { splitPercents } from './rate-steps';

/**
 * The incentive plan in the standard terms of compensation plans, computed once here for the
 * screen, the PDF and the CLI:
 * - on-target bonus (OTB) = pool % × the quarter's revenue target;
 * - the gate curve gives the pay-out in % of the OTB at each attainment (straight lines between
 *   points, 0 below the first, the last segment's slope continuing above the last point);
 *   without a gate the curve is the attainment itself (50 % of target pays 50 % of the OTB);
 * - the accelerator multiplies what the curve adds above 100 % attainment (marginal);
 * - the cap limits the total pay-out in % of the OTB, after the accelerator;
 * - total = pay-out % × OTB; sales gets its share rounded half-up to the cent, marketing the rest.
 */

export interface GatePoint {
  attainment: number;
  payout: number;
}

/** The attainments of the worked table printed on the screen, in the PDF and by the CLI. */
export const WORKED_ATTAINMENTS: readonly number[] = [0, 50, 85, 90, 100, 110, 120, 150];
/** The chart of each side's quarterly pay-out (PRODUCT.md step 6). */
export const DEFAULT_PROJECTION_ATTAINMENTS: readonly number[] = [50, 80, 100, 120];
/** The pay-out curve is drawn from 0 to this attainment. */
export const CURVE_CHART_MAX_ATTAINMENT = 150;
/** Pay-out percentages are kept to two decimals, so the figure shown is the figure applied. */
const PERCENT_DECIMALS = 100;

const byAttainment = (points: readonly GatePoint[]) => [...points].sort((a, b) => a.attainment - b.attainment);

/** The gate's points when it gates anything; null means the curve is the attainment itself. */
function gatePoints(plan: Incentives): GatePoint[] | null {
  if (!plan.gate.enabled || plan.gate.points.length === 0) return null;
  return byAttainment(plan.gate.points);
}

/** Slope of the curve's last segment, in % of the OTB per attainment point (0 for a single point). */
export function lastSlope(plan: Incentives): number {
  const points = gatePoints(plan);
  if (!points) return 1;
  if (points.length < 2) return 0;
  const last = points[points.length - 1];
  const prev = points[points.length - 2];
  if (last.attainment <= prev.attainment) return 0; // a malformed curve: stay flat rather than divide by zero
  return (last.payout - prev.payout) / (last.attainment - prev.attainment);
}

/**
 * The gate curve alone, in % of the OTB, before the accelerator and the cap: 0 below the first
 * point, straight lines between points, the last slope going on above the last point.
 */
export function curvePercent(plan: Incentives, attainment: number): number {
  const points = gatePoints(plan);
  if (!points) return Math.max(0, attainment);
  const first = points[0];
  const last = points[points.length - 1];
  if (attainment < first.attainment) return 0;
  if (attainment >= last.attainment) return Math.max(0, last.payout + lastSlope(plan) * (attainment - last.attainment));
  const upper = points.findIndex((p) => p.attainment > attainment);
  const a = points[upper - 1];
  const b = points[upper];
  // Multiply before dividing: whole-number points give exact answers (87.5 % → 25 %).
  return a.payout + ((b.payout - a.payout) * (attainment - a.attainment)) / (b.attainment - a.attainment);
}

/** The curve after the accelerator, before the cap: only what is earned above 100 % is multiplied. */
function acceleratedPercent(plan: Incentives, attainment: number): number {
  const curve = curvePercent(plan, attainment);
  const accelerator = plan.acceleratorAbove100 ?? 1;
  // An accelerator of 1 is the curve itself, exactly: atTarget + 1 × (curve − atTarget) can differ
  // from the curve in the last bit of a float, and that bit can flip the rounding to the cent.
  if (attainment <= 100 || accelerator === 1) return curve;
  const atTarget = curvePercent(plan, 100);
  // Never below the curve (an accelerator is at least 1), whatever the floating point does.
  return Math.max(curve, atTarget + accelerator * (curve - atTarget));
}

/** The pay-out in % of the on-target bonus at an attainment: curve, accelerator, then cap; two decimals. */
export function payoutPercent(plan: Incentives, attainment: number): number {
  const raw = Math.round(acceleratedPercent(plan, attainment) * PERCENT_DECIMALS) / PERCENT_DECIMALS;
  const cap = plan.capPercent ?? null;
  return Math.max(0, cap === null ? raw : Math.min(raw, cap));
}

/** On-target bonus: pool % of the quarter's revenue target, in whole cents. */
export function onTargetBonusCents(plan: Incentives, revenueTargetCents: number): number {
  return percentOfCents(revenueTargetCents, plan.poolPercent);
}

export interface IncentiveRow {
  attainment: number;
  /** Pay-out in % of the on-target bonus. */
  payoutPercent: number;
  totalCents: number;
  salesCents: number;
  marketingCents: number;
}

export interface IncentiveTable {
  onTargetBonusCents: number;
  rows: IncentiveRow[];
}

/** Sales' share, as the split shows it (two decimals): the percentage shown is the one applied. */
const salesShareOf = (plan: Incentives) => splitPercents(plan.salesSharePercent).sales;

function rowAt(plan: Incentives, otbCents: number, attainment: number): IncentiveRow {
  const percent = payoutPercent(plan, attainment);
  const totalCents = percentOfCents(otbCents, percent);
  const { sales, marketing } = splitCents(totalCents, salesShareOf(plan));
  return { attainment, payoutPercent: percent, totalCents, salesCents: sales, marketingCents: marketing };
}

/**
 * The quarter's pay-out at each attainment: % of the on-target bonus, the total and each side's
 * share in whole cents (sales + marketing = total). The CLI's `plan` command prints this.
 */
export function incentiveTable(plan: Incentives, revenueTargetCents: number, attainments: readonly number[] = WORKED_ATTAINMENTS): IncentiveTable {
  const otb = onTargetBonusCents(plan, revenueTargetCents);
  return { onTargetBonusCents: otb, rows: attainments.map((a) => rowAt(plan, otb, a)) };
}

export interface ProjectionRow extends IncentiveRow {
  /** The revenue won at that attainment. */
  revenueCents: number;
}

/** Each side's quarterly pay-out if the team reaches the given shares of its revenue target. */
export function quarterProjection(plan: Incentives, goals: Pick<Goals, 'revenueTargetCents'>, attainments: readonly number[] = DEFAULT_PROJECTION_ATTAINMENTS): ProjectionRow[] {
  return incentiveTable(plan, goals.revenueTargetCents, attainments).rows.map((row) => ({
    ...row,
    revenueCents: percentOfCents(goals.revenueTargetCents, row.attainment),
  }));
}

/** `cents × numerator ÷ denominator`, rounded half-up, exactly (amounts can exceed 2^53 when multiplied). */
function shareOf(cents: number, numerator: number, denominator: number): number {
  if (denominator <= 0) return 0;
  const n = BigInt(Math.round(cents)) * BigInt(Math.round(numerator));
  const d = BigInt(Math.round(denominator));
  return Number((n * 2n + d) / (d * 2n));
}

export interface DealPayout {
  dealCents: number;
  /** The deal's share of the on-target bonus: deal ÷ revenue target × OTB. */
  poolCents: number;
  /** The pay-out in % of the on-target bonus at 100 % attainment. */
  payoutPercent: number;
  /** The deal's share of the quarter's pay-out at 100 % attainment. */
  paidCents: number;
  salesCents: number;
  marketingCents: number;
}

/** What one deal earns each side: its share (deal ÷ revenue target) of the quarter's pay-out at 100 %. */
export function dealPayout(plan: Incentives, revenueTargetCents: number, dealCents: number): DealPayout {
  const table = incentiveTable(plan, revenueTargetCents, [100]);
  const atTarget = table.rows[0];
  const paidCents = shareOf(atTarget.totalCents, dealCents, revenueTargetCents);
  const { sales, marketing } = splitCents(paidCents, salesShareOf(plan));
  return {
    dealCents,
    poolCents: shareOf(table.onTargetBonusCents, dealCents, revenueTargetCents),
    payoutPercent: atTarget.payoutPercent,
    paidCents,
    salesCents: sales,
    marketingCents: marketing,
  };
}

export interface CurvePoint {
  attainment: number;
  payoutPercent: number;
}

/**
 * The corners of the pay-out curve (after accelerator and cap) from 0 to `to` % attainment, for
 * drawing it with straight lines: a jump at the first gate point appears as two points.
 */
export function payoutCurve(plan: Incentives, to: number = CURVE_CHART_MAX_ATTAINMENT): CurvePoint[] {
  const points = gatePoints(plan) ?? [];
  const xs = new Set<number>([0, to]);
  if (to > 100) xs.add(100);
  for (const p of points) if (p.attainment > 0 && p.attainment < to) xs.add(p.attainment);
  const sorted = [...xs].sort((a, b) => a - b);
  // Where a straight piece crosses the cap, the curve bends: add that corner.
  const cap = plan.capPercent ?? null;
  const corners: number[] = [];
  sorted.forEach((x, i) => {
    const next = sorted[i + 1];
    corners.push(x);
    if (cap === null || next === undefined) return;
    const from = acceleratedPercent(plan, x);
    const until = acceleratedPercent(plan, next - 1e-9);
    if (from < cap && until > cap) corners.push(x + ((cap - from) / (until - from)) * (next - x));
  });
  const out: CurvePoint[] = [];
  const push = (point: CurvePoint) => {
    const prev = out[out.length - 1];
    if (!prev || prev.attainment !== point.attainment || prev.payoutPercent !== point.payoutPercent) out.push(point);
  };
  for (const x of corners) {
    const attainment = Math.round(x * 100) / 100;
    if (points.length > 0 && x === points[0].attainment) push({ attainment, payoutPercent: 0 });
    push({ attainment, payoutPercent: payoutPercent(plan, x) });
  }
  return out;
}

/** Plain-language warnings about a plan that leaves one side out or cannot pay. */
export function incentiveWarnings(incentives: Incentives): string[] {
  const warnings: string[] = [];
  if (incentives.poolPercent === 0) {
    warnings.push('The pool is 0 % of the revenue target, so the on-target bonus is nothing and neither team earns anything.');
  } else if (incentives.salesSharePercent >= 100) {
    warnings.push('Marketing gets nothing from a deal: the whole pool goes to sales, so marketing has no stake in leads turning into revenue.');
  } else if (incentives.salesSharePercent <= 0) {
    warnings.push('Sales gets nothing from a deal: the whole pool goes to marketing, so sales has no stake in working marketing\'s leads.');
  }
  if (incentives.gate.enabled) {
    if (incentives.gate.points.length === 0) {
      warnings.push('The gate is switched on but has no points, so it does not gate anything yet.');
    } else if (curvePercent(incentives, 100) === 0) {
      warnings.push('At 100 % of the shared goal the gate pays nothing: hitting the target should earn the bonus.');
    }
  }
  const cap = incentives.capPercent ?? null;
  if (cap !== null && cap < 100) {
    warnings.push(`The cap of ${cap} % is below the on-target pay-out, so the bonus can never be paid in full.`);
  }
  return warnings;
}

export interface GateCurveProblem {
  index: number;
  message: string;
}

/** Checks a gate curve as a person edits it: each point must have a higher attainment and no lower pay-out. */
export function validateGateCurve(points: readonly GatePoint[]): GateCurveProblem[] {
  const problems: GateCurveProblem[] = [];
  points.forEach((p, index) => {
    if (!Number.isFinite(p.attainment) || !Number.isFinite(p.payout) || p.attainment < 0 || p.payout < 0) {
      problems.push({ index, message: `Point ${index + 1} needs an attainment and a pay-out of 0 % or more.` });
      return;
    }
    if (index === 0) return;
    const prev = points[index - 1];
    if (p.attainment <= prev.attainment) {
      problems.push({ index, message: `Point ${index + 1} must have a higher attainment than ${prev.attainment} %.` });
    } else if (p.payout < prev.payout) {
      problems.push({ index, message: `Point ${index + 1} must not pay less than ${prev.payout} %: more attainment never pays less.` });
    }
  });
  return problems;
}
