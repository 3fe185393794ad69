import type { Goals } from '../model/goals';
import { formatCount, formatMoney } from '../rules/format';
import { formatPercent, RATE_LABELS } from '../rules/goals/rates';
import { MONTHS_PER_QUARTER, type FunnelCounts, type ReverseFunnel } from '../rules/goals/funnel';

/**
 * The reverse funnel in words and cells, generated from the funnel's own numbers once for the
 * goals screen, the PDF and `cli plan`: how each stage is derived, how it is rounded, and how the
 * monthly figures are made.
 */

export interface FunnelContext {
  currency: string;
  locale: string;
}

type StageKey = 'deals' | 'sqls' | 'sals' | 'mqls';

/** A fraction with enough decimals to show it is not whole: 266.67, and 40.001 rather than "40". */
function fraction(value: number, locale: string): string {
  let digits = 2;
  while (digits < 10 && Number.isInteger(Math.round(value * 10 ** digits) / 10 ** digits)) digits += 1;
  return formatCount(value, locale, digits);
}

const NOUNS: Record<StageKey, [one: string, many: string]> = {
  deals: ['deal', 'deals'],
  sqls: ['SQL', 'SQLs'],
  sals: ['SAL', 'SALs'],
  mqls: ['MQL', 'MQLs'],
};
const noun = (key: StageKey, n: number) => NOUNS[key][n === 1 ? 0 : 1];

interface StageDivision {
  key: StageKey;
  /** What is divided, already formatted ("160 SQLs"). */
  from: string;
  /** What it is divided by, formatted ("60 % SAL→SQL", "$30,000 average deal"). */
  by: string;
  exact: number;
  rounded: number;
}

/** The four divisions of the funnel, exact and rounded up, in the order they are made. */
function divisions(goals: Goals, q: FunnelCounts, ctx: FunnelContext): StageDivision[] {
  const count = (n: number, key: StageKey) => `${formatCount(n, ctx.locale)} ${noun(key, n)}`;
  const rate = (key: keyof Goals['rates']) => `${formatPercent(goals.rates[key])} ${RATE_LABELS[key]}`;
  return [
    {
      key: 'deals',
      from: formatMoney(goals.revenueTargetCents, ctx.currency, ctx.locale),
      by: `${formatMoney(goals.averageDealCents, ctx.currency, ctx.locale)} average deal`,
      exact: goals.revenueTargetCents / goals.averageDealCents,
      rounded: q.deals,
    },
    { key: 'sqls', from: count(q.deals, 'deals'), by: rate('sqlToWon'), exact: (q.deals * 100) / goals.rates.sqlToWon, rounded: q.sqls },
    { key: 'sals', from: count(q.sqls, 'sqls'), by: rate('salToSql'), exact: (q.sqls * 100) / goals.rates.salToSql, rounded: q.sals },
    { key: 'mqls', from: count(q.sals, 'sals'), by: rate('mqlToSal'), exact: (q.sals * 100) / goals.rates.mqlToSal, rounded: q.mqls },
  ];
}

/**
 * How the funnel rounds, with an instance from the agreement's own numbers, e.g. "Every stage is
 * rounded up to a whole number, so no stage falls short: 160 SQLs ÷ 60 % SAL→SQL = 266.67, so 267
 * SALs. Monthly figures are each quarterly figure ÷ 3, rounded up stage by stage: 40 deals a
 * quarter make 14 a month (42 over the three months). Marketing's monthly MQL commitment is made
 * the same way."
 */
export function describeFunnelRounding(goals: Goals, funnel: ReverseFunnel, ctx: FunnelContext): string {
  const q = funnel.perQuarter;
  const m = funnel.perMonth;
  const n = (v: number) => formatCount(v, ctx.locale);
  // ceilRatio snaps float noise (160.00000000000003) to the whole number; so does this test.
  const roundedUp = divisions(goals, q, ctx).find((d) => d.rounded - d.exact > Math.max(1e-9, d.exact * 1e-12));
  const quarter = roundedUp
    ? `Every stage is rounded up to a whole number, so no stage falls short: ${roundedUp.from} ÷ ${roundedUp.by} = ${fraction(roundedUp.exact, ctx.locale)}, so ${n(roundedUp.rounded)} ${noun(roundedUp.key, roundedUp.rounded)}.`
    : 'Every stage is rounded up to a whole number, so no stage falls short (here every division comes out whole).';
  const keys: StageKey[] = ['deals', 'sqls', 'sals', 'mqls'];
  const key = keys.find((k) => m[k] * MONTHS_PER_QUARTER > q[k]) ?? 'deals';
  const over = m[key] * MONTHS_PER_QUARTER;
  const spread = over > q[key] ? ` (${n(over)} over the three months)` : '';
  const month =
    `Monthly figures are each quarterly figure ÷ ${MONTHS_PER_QUARTER}, rounded up stage by stage: ` +
    `${n(q[key])} ${noun(key, q[key])} a quarter make ${n(m[key])} a month${spread}. Marketing's monthly MQL commitment is made the same way.`;
  return `${quarter} ${month}`;
}

export interface FunnelRow {
  key: StageKey | 'marketingSourcedMqls';
  stage: string;
  derivation: string;
  perQuarter: string;
  perMonth: string;
}

export const FUNNEL_TABLE_COLUMNS = ['Stage', 'How it is derived', 'Per quarter', 'Per month'] as const;

/** The funnel table of the PDF and `cli plan`: each stage, how it is derived, per quarter and per month. */
export function funnelTable(goals: Goals, funnel: ReverseFunnel, ctx: FunnelContext): FunnelRow[] {
  const q = funnel.perQuarter;
  const m = funnel.perMonth;
  const n = (v: number) => formatCount(v, ctx.locale);
  const row = (key: StageKey, stage: string, derivation: string): FunnelRow => ({ key, stage, derivation, perQuarter: n(q[key]), perMonth: n(m[key]) });
  const rows = [
    row('deals', 'Deals won', `Revenue ÷ average deal of ${formatMoney(goals.averageDealCents, ctx.currency, ctx.locale)}`),
    row('sqls', 'Sales-qualified leads', `Deals ÷ SQL→won rate of ${formatPercent(goals.rates.sqlToWon)}`),
    row('sals', 'Sales-accepted leads', `SQLs ÷ SAL→SQL rate of ${formatPercent(goals.rates.salToSql)}`),
    row('mqls', 'Marketing-qualified leads', `SALs ÷ MQL→SAL rate of ${formatPercent(goals.rates.mqlToSal)}`),
  ];
  if (q.marketingSourcedMqls !== null && m.marketingSourcedMqls !== null) {
    rows.push({
      key: 'marketingSourcedMqls',
      stage: 'Marketing-sourced MQLs',
      derivation: `MQLs × ${formatPercent(goals.marketingSourcedShare ?? 100)} sourced by marketing`,
      perQuarter: n(q.marketingSourcedMqls),
      perMonth: n(m.marketingSourcedMqls),
    });
  }
  return rows;
}

/** Sales capacity, pipeline and lead time in one sentence, or the capacity warning when sales cannot keep up. */
export function describeFunnelCapacity(goals: Goals, funnel: ReverseFunnel, ctx: FunnelContext): string {
  if (funnel.capacity.message) return funnel.capacity.message;
  const n = (v: number) => formatCount(v, ctx.locale);
  const reps = goals.reps === 1 ? '1 rep' : `${n(goals.reps)} reps`;
  const months = funnel.leadTimeMonths === 1 ? '1 month' : `${funnel.leadTimeMonths} months`;
  return (
    `Sales capacity: ${reps} can follow up ${n(funnel.capacity.capacityPerMonth)} MQLs a month, enough for the ${n(funnel.mqlCommitmentPerMonth)} planned. ` +
    `Open pipeline needed: ${formatMoney(funnel.pipelineCents, ctx.currency, ctx.locale)}; with a sales cycle of about ${n(goals.salesCycleDays)} days, SQLs must be in the pipeline ${months} ahead.`
  );
}
