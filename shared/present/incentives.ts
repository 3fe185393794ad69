import type { Incentives } from '../model/incentives';
import { formatMoney, percentOfCents } from '../rules/money';
import { formatPercent } from '../rules/goals/rates';
import { splitPercents } from '../rules/goals/rate-steps';
import {
  curvePercent,
  dealPayout,
  incentiveTable,
  lastSlope,
  onTargetBonusCents,
  payoutPercent,
  WORKED_ATTAINMENTS,
  type IncentiveTable,
} from '../rules/goals/incentives';

/**
 * The incentive plan in words and cells: every sentence is generated from the plan's own numbers
 * by the rules in shared/rules/goals/incentives.ts, so the screen, the review summary and the PDF
 * say the same thing and render this without wording of their own.
 */

export interface IncentiveContext {
  revenueTargetCents: number;
  currency: string;
  locale: string;
}

export type IncentiveRule = 'onTargetBonus' | 'curve' | 'accelerator' | 'cap' | 'total' | 'split' | 'example';

export interface IncentiveSentence {
  rule: IncentiveRule;
  text: string;
}

/** The attainment at which the accelerator sentence shows its worked instance. */
const ACCELERATOR_EXAMPLE_ATTAINMENT = 110;

const factor = (value: number) => `${Number(value.toFixed(2))}`;

function curveSentence(plan: Incentives): string {
  const points = [...plan.gate.points].sort((a, b) => a.attainment - b.attainment);
  if (!plan.gate.enabled || points.length === 0) {
    const lead = plan.gate.enabled ? 'The gate has no points yet, so the' : 'There is no gate: the';
    return `${lead} pay-out, as a share of the on-target bonus, equals the attainment of the revenue target (50 % of the target pays 50 % of the bonus).`;
  }
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length === 1) {
    return `The gate pays ${formatPercent(first.payout)} of the on-target bonus from ${formatPercent(first.attainment)} attainment of the revenue target on, and nothing below ${formatPercent(first.attainment)}.`;
  }
  const list = points.map((p, i) => `${formatPercent(p.attainment)}${i === 0 ? ' attainment' : ''} → ${formatPercent(p.payout)}`).join(', ');
  const slope = lastSlope(plan);
  const beyond = slope > 0
    ? `above ${formatPercent(last.attainment)} each further point of attainment adds ${formatPercent(slope)} of the bonus`
    : `above ${formatPercent(last.attainment)} it stays at ${formatPercent(last.payout)}`;
  return `The gate curve gives the pay-out as a share of the on-target bonus (${list}): nothing below ${formatPercent(first.attainment)}, straight lines between the points, and ${beyond}.`;
}

function acceleratorSentence(plan: Incentives): string {
  const acc = plan.acceleratorAbove100 ?? 1;
  if (acc === 1) return 'There is no accelerator (1×): above 100 % attainment the curve is paid as it stands.';
  const a = ACCELERATOR_EXAMPLE_ATTAINMENT;
  const atTarget = curvePercent(plan, 100);
  const curve = curvePercent(plan, a);
  const result = atTarget + acc * (curve - atTarget);
  const cap = plan.capPercent ?? null;
  const beforeCap = cap !== null && result > cap ? `, before the cap of ${formatPercent(cap)}` : '';
  return (
    `Above 100 % attainment the accelerator multiplies only what the curve adds beyond its value at 100 % by ${factor(acc)}: ` +
    `at ${formatPercent(a)} the curve gives ${formatPercent(curve)}, so the pay-out is ${formatPercent(atTarget)} + ${factor(acc)} × (${formatPercent(curve)} − ${formatPercent(atTarget)}) = ${formatPercent(result)} of the bonus${beforeCap}.`
  );
}

/** One plain sentence per rule of the plan, in the order a reader needs them to compute a row. */
export function describeIncentivePlan(plan: Incentives, context: IncentiveContext): IncentiveSentence[] {
  const money = (cents: number) => formatMoney(cents, context.currency, context.locale);
  const otb = onTargetBonusCents(plan, context.revenueTargetCents);
  const split = splitPercents(plan.salesSharePercent);
  const cap = plan.capPercent ?? null;
  const deal = dealPayout(plan, context.revenueTargetCents, plan.exampleDealCents);
  const atTargetCents = incentiveTable(plan, context.revenueTargetCents, [100]).rows[0].totalCents;
  return [
    {
      rule: 'onTargetBonus',
      text: `The on-target bonus is ${formatPercent(plan.poolPercent)} of the quarter's revenue target of ${money(context.revenueTargetCents)}: ${money(otb)}.`,
    },
    { rule: 'curve', text: curveSentence(plan) },
    { rule: 'accelerator', text: acceleratorSentence(plan) },
    {
      rule: 'cap',
      text: cap === null
        ? 'There is no cap: the pay-out goes as high as the curve and the accelerator take it.'
        : `The total pay-out is capped at ${formatPercent(cap)} of the on-target bonus (${money(percentOfCents(otb, cap))}), whatever the attainment.`,
    },
    {
      rule: 'total',
      text: `The quarter's pay-out is that percentage (to two decimals) of the ${money(otb)} on-target bonus, rounded to the nearest cent.`,
    },
    {
      rule: 'split',
      text: `Sales receives ${formatPercent(split.sales)} of the pay-out and marketing ${formatPercent(split.marketing)}: sales' share is rounded to the nearest cent (half a cent up) and marketing receives the rest, so the two add up to the total exactly.`,
    },
    {
      rule: 'example',
      text: `A ${money(plan.exampleDealCents)} deal is ${money(plan.exampleDealCents)} ÷ ${money(context.revenueTargetCents)} of the revenue target, so at 100 % attainment it earns that share of the quarter's ${money(atTargetCents)} pay-out: ${money(deal.paidCents)}, of which sales ${money(deal.salesCents)} and marketing ${money(deal.marketingCents)}.`,
    },
  ];
}

export interface IncentiveTableView {
  label: string;
  columns: readonly string[];
  /** Formatted cells in column order; `attainment` keys the row. */
  rows: { attainment: number; cells: string[] }[];
}

export const INCENTIVE_TABLE_COLUMNS = ['Attainment', '% of bonus', 'Total', 'Sales', 'Marketing'] as const;

/** The worked table at 0/50/85/90/100/110/120 and 150 % attainment, formatted once for every reader. */
export function workedIncentiveTable(
  plan: Incentives,
  context: IncentiveContext,
  attainments: readonly number[] = WORKED_ATTAINMENTS,
  // A signed version's own figures (shared/rules/rules-version: its rules, not today's) when given.
  table: IncentiveTable = incentiveTable(plan, context.revenueTargetCents, attainments),
): IncentiveTableView {
  const money = (cents: number) => formatMoney(cents, context.currency, context.locale);
  return {
    label: `Quarterly pay-out by attainment of the ${money(context.revenueTargetCents)} revenue target (on-target bonus ${money(table.onTargetBonusCents)})`,
    columns: INCENTIVE_TABLE_COLUMNS,
    rows: table.rows.map((r) => ({
      attainment: r.attainment,
      cells: [formatPercent(r.attainment), formatPercent(r.payoutPercent), money(r.totalCents), money(r.salesCents), money(r.marketingCents)],
    })),
  };
}

/** A short description of the curve for a chart's accessible name. */
export function describePayoutAt(plan: Incentives, attainments: readonly number[]): string {
  return attainments.map((a) => `${formatPercent(a)} → ${formatPercent(payoutPercent(plan, a))}`).join(', ');
}
