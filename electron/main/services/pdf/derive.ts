import type { AgreementContent, AgreementVersion } from '../../../../shared/model/agreement';
import type { Criterion } from '../../../../shared/model/scoring';
import { TIERS } from '../../../../shared/model/scoring';
import { pointsByCriterion } from '../../../../shared/rules/scoring/tier-points';
import {
  CURVE_CHART_MAX_ATTAINMENT,
  dealPayout,
  payoutCurve,
  DEFAULT_PROJECTION_ATTAINMENTS,
  reverseFunnel,
  splitPercents,
  type CurvePoint,
  type DealPayout,
  type ProjectionRow,
  type ReverseFunnel,
} from '../../../../shared/rules/goals';
import type { IncentiveSentence, IncentiveTableView } from '../../../../shared/present/incentives';
import { incentivePlanOf } from '../../../../shared/present/incentives-of-version';
import { incentiveTableOf, rulesNotice, type RulesNotice } from '../../../../shared/rules/rules-version';
import { percentOfCents } from '../../../../shared/rules/money';

/** The figures the PDF prints, derived once from the content so every section agrees. */

export interface ScoredCriterion {
  criterion: Criterion;
  points: number;
}

/** Criteria in board order (tier, then position), with the points the placement rule gives them. */
export function scoredCriteria(criteria: readonly Criterion[]): ScoredCriterion[] {
  const points = pointsByCriterion(criteria);
  return [...criteria]
    .map((criterion, index) => ({ criterion, index }))
    .sort((a, b) => TIERS.indexOf(a.criterion.tier) - TIERS.indexOf(b.criterion.tier) || a.criterion.order - b.criterion.order || a.index - b.index)
    .map(({ criterion }) => ({ criterion, points: points.get(criterion.id) ?? 0 }));
}

/** The reverse funnel from the goals rules, so the PDF prints exactly what the goals screen showed. */
export function funnelFigures(goals: AgreementContent['goals']): ReverseFunnel {
  return reverseFunnel(goals);
}

export interface IncentiveExample {
  dealCents: number;
  /** The example deal's share of the quarter's pay-out at 100 % attainment, split between the teams. */
  payout: DealPayout;
  salesPercent: number;
  marketingPercent: number;
  /** Each side's quarterly pay-out at 50/80/100/120 % of the revenue target (the screen's chart). */
  projection: ProjectionRow[];
  /** One sentence per rule of the plan, worded once in shared/present for the screen and the PDF. */
  sentences: IncentiveSentence[];
  /** The worked table at 0/50/85/90/100/110/120/150 % attainment, formatted. */
  table: IncentiveTableView;
  /** The corners of the pay-out curve from 0 to 150 % attainment. */
  curve: CurvePoint[];
  curveMaxAttainment: number;
  /** How today's rules read a version signed under older ones (or what changed in a recomputed draft). */
  notice: RulesNotice | null;
}

/** Attainments at which a rules-version-1 curve is drawn: its pay-out is not straight between the gate's points. */
const V1_CURVE_STEP = 5;

/**
 * The incentive plan's sentences, worked table and curve, from the same shared functions as the
 * screen, computed with the rules the version records (a signed version keeps its own).
 */
export function incentiveExample(version: Pick<AgreementVersion, 'content' | 'contentHash' | 'rulesVersion'>): IncentiveExample {
  const content = version.content;
  const { incentives, goals } = content;
  const split = splitPercents(incentives.salesSharePercent);
  const plan = incentivePlanOf(version);
  const own = (attainments: readonly number[]) => incentiveTableOf(version, attainments).rows;
  const v1Curve = Array.from({ length: CURVE_CHART_MAX_ATTAINMENT / V1_CURVE_STEP + 1 }, (_, i) => i * V1_CURVE_STEP);
  return {
    dealCents: incentives.exampleDealCents,
    payout: dealPayout(incentives, goals.revenueTargetCents, incentives.exampleDealCents),
    salesPercent: split.sales,
    marketingPercent: split.marketing,
    projection: own(DEFAULT_PROJECTION_ATTAINMENTS).map((r) => ({ ...r, revenueCents: percentOfCents(goals.revenueTargetCents, r.attainment) })),
    sentences: plan.sentences,
    table: plan.table,
    curve: plan.rules === 1 ? own(v1Curve).map((r) => ({ attainment: r.attainment, payoutPercent: r.payoutPercent })) : payoutCurve(incentives, CURVE_CHART_MAX_ATTAINMENT),
    curveMaxAttainment: CURVE_CHART_MAX_ATTAINMENT,
    notice: rulesNotice(version),
  };
}
