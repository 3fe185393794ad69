import type { AgreementVersion } from '../model/agreement';
import type { Incentives } from '../model/incentives';
import { formatPercent } from '../rules/goals/rates';
import { CURVE_CHART_MAX_ATTAINMENT, payoutCurve, WORKED_ATTAINMENTS, type CurvePoint } from '../rules/goals/incentives';
import { formatMoney, percentOfCents } from '../rules/money';
import { incentiveTableOf, rulesInEffect, rulesNotice, type RulesNotice } from '../rules/rules-version';
import { describeIncentivePlan, workedIncentiveTable, type IncentiveContext, type IncentiveSentence, type IncentiveTableView } from './incentives';

/**
 * The incentive plan of one version as it states it: its sentences and worked table computed
 * with the rules it records (shared/rules/rules-version), so a version signed under rules
 * version 1 reads, on screen and in the PDF, exactly as its signers read it.
 */
export interface VersionIncentivePlan {
  rules: number;
  sentences: IncentiveSentence[];
  table: IncentiveTableView;
  /** The corners of the pay-out curve from 0 to 150 % attainment, under the same rules. */
  curve: CurvePoint[];
  /** How today's rules read a version signed under older ones (or what changed in a recomputed draft). */
  notice: RulesNotice | null;
}

/** Attainments at which a rules-version-1 curve is drawn: its pay-out is not straight between the gate's points. */
const V1_CURVE_STEP = 5;

/** How rules version 1 worded the plan: the pool a share of each deal, the cap on the gate percentage. */
function describeIncentivePlanV1(plan: Incentives, context: IncentiveContext): IncentiveSentence[] {
  const money = (cents: number) => formatMoney(cents, context.currency, context.locale);
  const points = [...plan.gate.points].sort((a, b) => a.attainment - b.attainment);
  const gated = plan.gate.enabled && points.length > 0;
  const cap = plan.capPercent ?? null;
  return [
    { rule: 'onTargetBonus', text: `Under rules version 1 the pool is ${formatPercent(plan.poolPercent)} of the revenue won: ${money(percentOfCents(context.revenueTargetCents, plan.poolPercent))} at the ${money(context.revenueTargetCents)} revenue target.` },
    {
      rule: 'curve',
      text: gated
        ? `The gate percentage multiplies the pool (${points.map((p) => `${formatPercent(p.attainment)} → ${formatPercent(p.payout)}`).join(', ')}): nothing below ${formatPercent(points[0].attainment)}, straight lines between the points, and the last segment's slope beyond the last point.`
        : 'There is no gate: the whole pool is paid.',
    },
    { rule: 'accelerator', text: (plan.acceleratorAbove100 ?? 1) === 1 ? 'There is no accelerator (1×).' : `Beyond the last point, attainment above 100 % earns the last slope times ${Number((plan.acceleratorAbove100 ?? 1).toFixed(2))}.` },
    { rule: 'cap', text: cap === null ? 'There is no cap.' : `The cap of ${formatPercent(cap)} limits the gate percentage, not the pay-out: the pool still grows with the revenue won.` },
    { rule: 'split', text: `Sales receives ${formatPercent(plan.salesSharePercent)} of what is paid and marketing the rest.` },
  ];
}

function curveUnderV1(version: Pick<AgreementVersion, 'content' | 'contentHash' | 'rulesVersion'>): CurvePoint[] {
  const at = Array.from({ length: CURVE_CHART_MAX_ATTAINMENT / V1_CURVE_STEP + 1 }, (_, i) => i * V1_CURVE_STEP);
  return incentiveTableOf(version, at).rows.map((r) => ({ attainment: r.attainment, payoutPercent: r.payoutPercent }));
}

export function incentivePlanOf(version: Pick<AgreementVersion, 'content' | 'contentHash' | 'rulesVersion'>, attainments: readonly number[] = WORKED_ATTAINMENTS): VersionIncentivePlan {
  const c = version.content;
  const context: IncentiveContext = { revenueTargetCents: c.goals.revenueTargetCents, currency: c.currency, locale: c.locale };
  const rules = rulesInEffect(version);
  return {
    rules,
    sentences: rules === 1 ? describeIncentivePlanV1(c.incentives, context) : describeIncentivePlan(c.incentives, context),
    table: workedIncentiveTable(c.incentives, context, attainments, incentiveTableOf(version, attainments)),
    curve: rules === 1 ? curveUnderV1(version) : payoutCurve(c.incentives, CURVE_CHART_MAX_ATTAINMENT),
    notice: rulesNotice(version),
  };
}
