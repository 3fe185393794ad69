import type { Goals } from '../../model/goals';
import { AppFailure, fail, ok, type Result } from '../../ipc/result';
import { ceilRatio, formatPercent, RATE_KEYS, RATE_LABELS, type RateKey } from './rates';

/** How many of each stage the team needs in one period (a quarter or a month). */
export interface FunnelCounts {
  revenueCents: number;
  deals: number;
  sqls: number;
  sals: number;
  /** All MQLs the funnel needs to produce the deals. */
  mqls: number;
  /** The MQLs marketing must source when only a share of deals comes from marketing; null = all of them. */
  marketingSourcedMqls: number | null;
}

export interface FunnelStage {
  stage: 'MQL' | 'SAL' | 'SQL' | 'Won';
  count: number;
  /** Conversion rate to the next stage in percent; null for the last stage. */
  rate: number | null;
}

export interface FunnelCapacity {
  /** MQLs a month that sales must follow up (the marketing commitment). */
  mqlsPerMonth: number;
  capacityPerMonth: number;
  exceeded: boolean;
  message: string | null;
}

export interface ReverseFunnel {
  perQuarter: FunnelCounts;
  perMonth: FunnelCounts;
  /** Marketing's monthly MQL commitment: marketing-sourced MQLs when a share is set, else all MQLs. */
  mqlCommitmentPerMonth: number;
  capacity: FunnelCapacity;
  /** Open pipeline needed: revenue ÷ SQL→won rate, rounded up to whole cents. */
  pipelineCents: number;
  /** Months before the quarter's deals close that their SQLs must already be in the pipeline. */
  leadTimeMonths: number;
  stages: FunnelStage[];
}

/** A month is a third of the quarter: monthly figures are each quarterly figure ÷ 3, rounded up. */
export const MONTHS_PER_QUARTER = 3;

/** Per-month share of a quarterly count, rounded up: a team that needs 160 SQLs needs 54 a month, not 53. */
const monthly = (count: number) => ceilRatio(count, MONTHS_PER_QUARTER);

/**
 * Goals the funnel cannot walk back through. A 0 % rate would make every earlier stage infinite
 * (the division used to answer 0 MQLs, which reads as "nothing to do"), and a rate above 100 %
 * would let a stage produce more leads than it receives. Thrown by reverseFunnel, returned by
 * tryReverseFunnel; it travels as BAD_INPUT with a message people can act on.
 */
export class FunnelInputError extends AppFailure {
  constructor(message: string) {
    super('BAD_INPUT', message);
    this.name = 'FunnelInputError';
  }
}

/** Why the funnel cannot be computed from these goals, in a sentence; null when it can. */
export function funnelInputProblem(goals: Pick<Goals, 'rates' | 'revenueTargetCents' | 'averageDealCents'>): string | null {
  for (const key of RATE_KEYS) {
    const rate = goals.rates[key];
    const label = `The ${RATE_LABELS[key]} rate`;
    if (typeof rate !== 'number' || !Number.isFinite(rate)) return `${label} must be a number above 0 % and at most 100 %.`;
    if (rate <= 0) return `${label} must be above 0 % (it is ${formatPercent(rate)}): at ${formatPercent(rate)} no number of leads would ever reach the next stage, so the funnel has no answer.`;
    if (rate > 100) return `${label} cannot exceed 100 % (it is ${formatPercent(rate)}): a stage cannot pass on more leads than it receives.`;
  }
  if (!(goals.averageDealCents > 0) || !Number.isFinite(goals.averageDealCents)) return 'The average deal size must be above zero: the funnel divides the revenue target by it.';
  if (!(goals.revenueTargetCents >= 0) || !Number.isFinite(goals.revenueTargetCents)) return 'The revenue target must be an amount of zero or more.';
  return null;
}

/** Walks the funnel backwards from revenue, rounding up at every stage so no stage falls short. */
function quarterCounts(goals: Goals): FunnelCounts {
  const deals = ceilRatio(goals.revenueTargetCents, goals.averageDealCents);
  const sqls = ceilRatio(deals * 100, goals.rates.sqlToWon);
  const sals = ceilRatio(sqls * 100, goals.rates.salToSql);
  const mqls = ceilRatio(sals * 100, goals.rates.mqlToSal);
  const share = goals.marketingSourcedShare;
  return {
    revenueCents: goals.revenueTargetCents,
    deals,
    sqls,
    sals,
    mqls,
    marketingSourcedMqls: share === null || share === undefined ? null : ceilRatio(mqls * share, 100),
  };
}

function capacityCheck(goals: Goals, mqlsPerMonth: number): FunnelCapacity {
  const perRep = goals.mqlCapacityPerRepPerMonth ?? 100;
  const capacityPerMonth = goals.reps * perRep;
  const exceeded = mqlsPerMonth > capacityPerMonth;
  const reps = goals.reps === 1 ? '1 rep' : `${goals.reps} reps`;
  const message = exceeded
    ? `${mqlsPerMonth} MQLs a month is more than ${reps} can follow up (about ${perRep} MQLs per rep a month, ${capacityPerMonth} in total). ` +
      `Add reps, improve the conversion rates, or lower the target.`
    : null;
  return { mqlsPerMonth, capacityPerMonth, exceeded, message };
}

/**
 * The reverse funnel of PRODUCT.md step 5: deals = revenue ÷ deal size, SQLs = deals ÷ SQL→won,
 * SALs = SQLs ÷ SAL→SQL, MQLs = SALs ÷ MQL→SAL, each rounded up; per month, each quarterly figure
 * ÷ 3 rounded up. Throws FunnelInputError for a rate outside (0, 100] % or a deal size of 0, which
 * GoalsSchema also refuses: the rule does not rely on the form to stop them.
 */
export function reverseFunnel(goals: Goals): ReverseFunnel {
  const problem = funnelInputProblem(goals);
  if (problem) throw new FunnelInputError(problem);
  const q = quarterCounts(goals);
  const perMonth: FunnelCounts = {
    revenueCents: monthly(q.revenueCents),
    deals: monthly(q.deals),
    sqls: monthly(q.sqls),
    sals: monthly(q.sals),
    mqls: monthly(q.mqls),
    marketingSourcedMqls: q.marketingSourcedMqls === null ? null : monthly(q.marketingSourcedMqls),
  };
  const mqlCommitmentPerMonth = perMonth.marketingSourcedMqls ?? perMonth.mqls;
  return {
    perQuarter: q,
    perMonth,
    mqlCommitmentPerMonth,
    capacity: capacityCheck(goals, mqlCommitmentPerMonth),
    pipelineCents: ceilRatio(goals.revenueTargetCents * 100, goals.rates.sqlToWon),
    leadTimeMonths: ceilRatio(goals.salesCycleDays ?? 60, 30),
    stages: [
      { stage: 'MQL', count: q.mqls, rate: goals.rates.mqlToSal },
      { stage: 'SAL', count: q.sals, rate: goals.rates.salToSql },
      { stage: 'SQL', count: q.sqls, rate: goals.rates.sqlToWon },
      { stage: 'Won', count: q.deals, rate: null },
    ],
  };
}

/** The reverse funnel as a result, for screens that show the refusal instead of the figures. */
export function tryReverseFunnel(goals: Goals): Result<ReverseFunnel> {
  const problem = funnelInputProblem(goals);
  return problem ? fail('BAD_INPUT', problem) : ok(reverseFunnel(goals));
}

export interface RateChangeEffect {
  /** Change in the MQLs marketing must deliver per quarter; negative means fewer. */
  deltaMqls: number;
  sentence: string;
}

/** What moving one conversion rate does to the MQLs needed, e.g. "MQL→SAL from 50 % to 55 % needs 48 fewer MQLs". */
export function rateChangeEffect(goals: Goals, rateKey: RateKey, newRate: number): RateChangeEffect {
  const before = reverseFunnel(goals).perQuarter;
  const after = reverseFunnel({ ...goals, rates: { ...goals.rates, [rateKey]: newRate } }).perQuarter;
  const mqlsBefore = before.marketingSourcedMqls ?? before.mqls;
  const mqlsAfter = after.marketingSourcedMqls ?? after.mqls;
  const deltaMqls = mqlsAfter - mqlsBefore;
  const change = `${RATE_LABELS[rateKey]} from ${formatPercent(goals.rates[rateKey])} to ${formatPercent(newRate)}`;
  const size = Math.abs(deltaMqls);
  const noun = size === 1 ? 'MQL' : 'MQLs';
  const sentence =
    deltaMqls === 0
      ? `${change} does not change the MQLs needed`
      : `${change} needs ${size} ${deltaMqls < 0 ? 'fewer' : 'more'} ${noun}`;
  return { deltaMqls, sentence };
}

export interface SharedGoal {
  id: 'revenue' | 'deals' | 'pipeline';
  label: string;
  value: number;
  kind: 'money' | 'count';
  owners: ['Marketing', 'Sales'];
}

/** The goals both teams own together: revenue, deals won and pipeline — never "leads generated". */
export function sharedGoals(goals: Goals): SharedGoal[] {
  const funnel = reverseFunnel(goals);
  const owners = (): ['Marketing', 'Sales'] => ['Marketing', 'Sales'];
  return [
    { id: 'revenue', label: 'Revenue', value: goals.revenueTargetCents, kind: 'money', owners: owners() },
    { id: 'deals', label: 'Deals won', value: funnel.perQuarter.deals, kind: 'count', owners: owners() },
    { id: 'pipeline', label: 'Pipeline', value: funnel.pipelineCents, kind: 'money', owners: owners() },
  ];
}
