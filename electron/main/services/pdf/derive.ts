import type { AgreementContent } from '../../../../shared/model/agreement';
import type { Criterion } from '../../../../shared/model/scoring';
import { TIERS } from '../../../../shared/model/scoring';
import { pointsByCriterion } from '../../../../shared/rules/scoring/tier-points';
import { percentOfCents, splitCents } from '../../../../shared/rules/money';

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

export interface FunnelFigures {
  deals: number;
  sqls: number;
  sals: number;
  mqls: number;
  mqlsPerMonth: number;
  capacityPerMonth: number;
  overCapacity: boolean;
}

/**
 * The reverse funnel, rounded up at each stage (a fraction of a deal still needs a whole lead):
 * deals = revenue ÷ deal size; SQLs = deals ÷ SQL→won; SALs = SQLs ÷ SAL→SQL; MQLs = SALs ÷ MQL→SAL
 * (× marketing-sourced share when set). Kept local so the PDF does not depend on the goals screen.
 */
export function funnelFigures(goals: AgreementContent['goals']): FunnelFigures {
  const up = (n: number) => Math.ceil(n - 1e-9);
  const deals = up(goals.revenueTargetCents / goals.averageDealCents);
  const sqls = up(deals / (goals.rates.sqlToWon / 100));
  const sals = up(sqls / (goals.rates.salToSql / 100));
  const share = goals.marketingSourcedShare === null ? 1 : goals.marketingSourcedShare / 100;
  const mqls = up((sals / (goals.rates.mqlToSal / 100)) * share);
  const mqlsPerMonth = up(mqls / 3);
  const capacityPerMonth = goals.reps * goals.mqlCapacityPerRepPerMonth;
  return { deals, sqls, sals, mqls, mqlsPerMonth, capacityPerMonth, overCapacity: mqlsPerMonth > capacityPerMonth };
}

export interface IncentiveExample {
  dealCents: number;
  poolCents: number;
  salesCents: number;
  marketingCents: number;
  salesPercent: number;
  marketingPercent: number;
}

/** What one deal of the example size pays each side before any attainment gate. */
export function incentiveExample(incentives: AgreementContent['incentives']): IncentiveExample {
  const poolCents = percentOfCents(incentives.exampleDealCents, incentives.poolPercent);
  const split = splitCents(poolCents, incentives.salesSharePercent);
  return {
    dealCents: incentives.exampleDealCents,
    poolCents,
    salesCents: split.sales,
    marketingCents: split.marketing,
    salesPercent: incentives.salesSharePercent,
    marketingPercent: 100 - incentives.salesSharePercent,
  };
}
