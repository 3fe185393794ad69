import type { Goals } from '../../model/goals';
import type { Incentives } from '../../model/incentives';
import { percentOfCents, splitCents } from '../money';

export interface GatePoint {
  attainment: number;
  payout: number;
}

const byAttainment = (points: readonly GatePoint[]) => [...points].sort((a, b) => a.attainment - b.attainment);

/** Between two points the pay-out moves in a straight line. */
function interpolate(a: GatePoint, b: GatePoint, attainment: number): number {
  const t = (attainment - a.attainment) / (b.attainment - a.attainment);
  return a.payout + (b.payout - a.payout) * t;
}

/**
 * Beyond the last point the curve keeps the last segment's slope; the part of attainment above
 * 100 % earns that slope times the accelerator, so over-performance pays more per point.
 */
function extrapolate(points: GatePoint[], accelerator: number, attainment: number): number {
  const last = points[points.length - 1];
  if (points.length < 2) return last.payout;
  const prev = points[points.length - 2];
  if (last.attainment <= prev.attainment) return last.payout; // a malformed curve: stay flat rather than divide by zero
  const slope = (last.payout - prev.payout) / (last.attainment - prev.attainment);
  const plainSpan = Math.max(0, Math.min(attainment, 100) - last.attainment);
  const acceleratedSpan = attainment - last.attainment - plainSpan;
  return last.payout + slope * plainSpan + slope * accelerator * acceleratedSpan;
}

/**
 * The gate curve's pay-out in percent of the on-target bonus at a given shared-goal attainment:
 * 0 below the first point, straight lines between points, accelerated beyond the last, then capped.
 * With the gate off (or no points) every deal pays the full pool: 100 %.
 */
export function gatePayoutPercent(incentives: Incentives, attainmentPercent: number): number {
  const points = byAttainment(incentives.gate.points);
  if (!incentives.gate.enabled || points.length === 0) return 100;
  let payout: number;
  if (attainmentPercent < points[0].attainment) payout = 0;
  else if (attainmentPercent >= points[points.length - 1].attainment) {
    payout = extrapolate(points, incentives.acceleratorAbove100 ?? 1, attainmentPercent);
  } else {
    const upper = points.findIndex((p) => p.attainment > attainmentPercent);
    payout = interpolate(points[upper - 1], points[upper], attainmentPercent);
  }
  const cap = incentives.capPercent ?? null;
  return Math.max(0, cap === null ? payout : Math.min(payout, cap));
}

/** The same as gatePayoutPercent, as a factor: 1 means 100 %. */
export function gateMultiplier(incentives: Incentives, attainmentPercent: number): number {
  return gatePayoutPercent(incentives, attainmentPercent) / 100;
}

export interface DealPayout {
  /** The pool before the gate: poolPercent of the deal. */
  poolCents: number;
  /** Gate pay-out in percent applied to the pool. */
  gatePercent: number;
  /** What is actually paid out: the pool after the gate. */
  paidCents: number;
  salesCents: number;
  marketingCents: number;
}

/** What one deal pays each side at a given attainment (100 % by default). Sales + marketing = paid. */
export function dealPayout(incentives: Incentives, dealCents: number, attainmentPercent = 100): DealPayout {
  const poolCents = percentOfCents(dealCents, incentives.poolPercent);
  const gatePercent = gatePayoutPercent(incentives, attainmentPercent);
  const paidCents = percentOfCents(poolCents, gatePercent);
  const { sales, marketing } = splitCents(paidCents, incentives.salesSharePercent);
  return { poolCents, gatePercent, paidCents, salesCents: sales, marketingCents: marketing };
}

export interface ProjectionRow {
  attainment: number;
  revenueCents: number;
  gatePercent: number;
  salesCents: number;
  marketingCents: number;
}

export const DEFAULT_PROJECTION_ATTAINMENTS: readonly number[] = [50, 80, 100, 120];

/** Each side's quarterly pay-out if the team reaches the given shares of its revenue target. */
export function quarterProjection(
  incentives: Incentives,
  goals: Goals,
  attainments: readonly number[] = DEFAULT_PROJECTION_ATTAINMENTS,
): ProjectionRow[] {
  return attainments.map((attainment) => {
    const revenueCents = percentOfCents(goals.revenueTargetCents, attainment);
    const pay = dealPayout(incentives, revenueCents, attainment);
    return { attainment, revenueCents, gatePercent: pay.gatePercent, salesCents: pay.salesCents, marketingCents: pay.marketingCents };
  });
}

/** Plain-language warnings about a plan that leaves one side out or cannot pay. */
export function incentiveWarnings(incentives: Incentives): string[] {
  const warnings: string[] = [];
  if (incentives.poolPercent === 0) {
    warnings.push('The pool is 0 % of the deal, so neither team earns anything when a deal closes.');
  } else if (incentives.salesSharePercent >= 100) {
    warnings.push('Marketing gets nothing from a deal: the whole pool goes to sales, so marketing has no stake in leads turning into revenue.');
  } else if (incentives.salesSharePercent <= 0) {
    warnings.push('Sales gets nothing from a deal: the whole pool goes to marketing, so sales has no stake in working marketing\'s leads.');
  }
  if (incentives.gate.enabled) {
    if (incentives.gate.points.length === 0) {
      warnings.push('The gate is switched on but has no points, so it does not gate anything yet.');
    } else if (gatePayoutPercent(incentives, 100) === 0) {
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
