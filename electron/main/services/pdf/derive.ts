import type { AgreementContent } from '../../../../shared/model/agreement';
import type { Criterion } from '../../../../shared/model/scoring';
import { TIERS } from '../../../../shared/model/scoring';
import { pointsByCriterion } from '../../../../shared/rules/scoring/tier-points';
import { dealPayout, quarterProjection, reverseFunnel, splitPercents, type DealPayout, type ProjectionRow, type ReverseFunnel } from '../../../../shared/rules/goals';

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
  /** The pay-out at 100 % attainment, split between the teams. */
  payout: DealPayout;
  salesPercent: number;
  marketingPercent: number;
  /** Each side's quarterly pay-out at 50/80/100/120 % of the revenue target. */
  projection: ProjectionRow[];
}

/** What one deal of the example size pays each side, and the quarter's projection by attainment. */
export function incentiveExample(content: Pick<AgreementContent, 'incentives' | 'goals'>): IncentiveExample {
  const split = splitPercents(content.incentives.salesSharePercent);
  return {
    dealCents: content.incentives.exampleDealCents,
    payout: dealPayout(content.incentives, content.incentives.exampleDealCents, 100),
    salesPercent: split.sales,
    marketingPercent: split.marketing,
    projection: quarterProjection(content.incentives, content.goals),
  };
}
