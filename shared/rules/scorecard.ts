import type { AgreementVersion } from '../model/agreement';
import type { Commitment } from '../model/commitments';
import type { Owner } from '../model/team';
import { quarterIndex } from '../model/quarter';
import type { Actuals, QuarterActuals } from '../model/review';
import { reverseFunnel } from './goals/funnel';

/**
 * The quarterly scorecard: every goal and commitment of a signed version against what
 * happened. Goal targets are the quarter's reverse funnel (deals, SQLs, SALs, MQLs, each
 * rounded up); commitment targets are the rows as signed.
 */

export type LineStatus = 'met' | 'partly' | 'missed' | 'no data';

export interface ScorecardLine {
  id: string;
  section: 'Goals' | 'Commitments';
  label: string;
  owner: Owner;
  target: number;
  actual: number | null;
  /** 'cents' for money, 'percent', or the commitment's own unit. */
  unit: string;
  /** Hours, days and escalation times are better when lower. */
  lowerIsBetter: boolean;
  status: LineStatus;
  /** Attainment: actual ÷ target (target ÷ actual when lower is better), capped at 10; null without data. */
  ratio: number | null;
}

/** Within 80–99 % of the target counts as partly met. */
export const PARTLY_FROM = 0.8;
const MAX_RATIO = 10;
const EPSILON = 1e-9;
const MONTHS_PER_QUARTER = 3;

export function judge(target: number, actual: number | null, lowerIsBetter: boolean): { status: LineStatus; ratio: number | null } {
  if (actual === null || !Number.isFinite(actual)) return { status: 'no data', ratio: null };
  let ratio: number;
  if (lowerIsBetter) ratio = actual <= target ? (actual === 0 ? MAX_RATIO : target / actual) : target / actual;
  else ratio = target <= 0 ? MAX_RATIO : actual / target;
  ratio = Math.round(Math.min(MAX_RATIO, ratio) * 10_000) / 10_000;
  const status: LineStatus = ratio >= 1 - EPSILON ? 'met' : ratio >= PARTLY_FROM - EPSILON ? 'partly' : 'missed';
  return { status, ratio };
}

/** Time-like promises ("within 24 hours", "escalate after 48 h") are kept by staying under the target. */
export function isLowerBetter(row: Pick<Commitment, 'metric' | 'unit'>): boolean {
  return /\b(hours?|h|minutes?|days?)\b/i.test(row.unit) || /time to|escalat|response time/i.test(row.metric);
}

/** The share of MQLs answered within a day is a reading of a "within 24 hours" accept promise. */
const ACCEPT_WITHIN_HOURS = 24;

/**
 * How a commitment is measured: what was typed for it, or else the matching quarter figure.
 * A monthly MQL commitment is measured over the quarter (its target × 3 against the quarter's
 * MQLs), so no line shows a fraction of a lead; time to first contact and time to accept read
 * the medians entered; a 24-hour accept promise with no median reads the share of MQLs
 * answered within 24 h against all of them ("each MQL").
 */
function commitmentMeasure(row: Commitment, actuals: Actuals, typed: number | null | undefined): Pick<ScorecardLine, 'label' | 'target' | 'actual' | 'unit' | 'lowerIsBetter'> {
  const as = { label: row.metric, target: row.target, unit: row.unit, lowerIsBetter: isLowerBetter(row) };
  if (typed !== undefined && typed !== null) return { ...as, actual: typed };
  if (row.derivedFrom === 'funnel.mqlPerMonth' && row.period === 'monthly' && actuals.mqlsDelivered !== null) {
    return { ...as, label: `${row.metric} in the quarter (${row.target} a month × ${MONTHS_PER_QUARTER})`, target: row.target * MONTHS_PER_QUARTER, actual: actuals.mqlsDelivered };
  }
  if (/first contact/i.test(row.metric)) return { ...as, actual: actuals.medianFirstContactHours };
  if (/accept/i.test(row.metric) && as.lowerIsBetter) {
    if (actuals.medianAcceptHours !== null || actuals.acceptedWithin24hPercent === null || row.target !== ACCEPT_WITHIN_HOURS) return { ...as, actual: actuals.medianAcceptHours };
    return { label: `${row.metric}: MQLs answered within 24 h`, target: 100, actual: actuals.acceptedWithin24hPercent, unit: 'percent', lowerIsBetter: false };
  }
  return { ...as, actual: null };
}

function line(fields: Omit<ScorecardLine, 'status' | 'ratio'>): ScorecardLine {
  return { ...fields, ...judge(fields.target, fields.actual, fields.lowerIsBetter) };
}

function goalLines(version: AgreementVersion, a: Actuals): ScorecardLine[] {
  const funnel = reverseFunnel(version.content.goals);
  const q = funnel.perQuarter;
  const goal = (id: string, label: string, owner: Owner, target: number, actual: number | null, unit: string) =>
    line({ id: `goal.${id}`, section: 'Goals', label, owner, target, actual, unit, lowerIsBetter: false });
  const lines = [
    goal('revenue', 'Revenue', 'Joint', q.revenueCents, a.revenueCents, 'cents'),
    goal('deals', 'Deals won', 'Joint', q.deals, a.deals, 'deals'),
  ];
  if (a.pipelineCents !== null) lines.push(goal('pipeline', 'Pipeline', 'Joint', funnel.pipelineCents, a.pipelineCents, 'cents'));
  lines.push(goal('sqls', 'SQLs', 'Sales', q.sqls, a.sqls, 'SQLs'));
  if (a.sals !== null) lines.push(goal('sals', 'SALs', 'Sales', q.sals, a.sals, 'SALs'));
  lines.push(goal('mqls', 'MQLs delivered', 'Marketing', q.marketingSourcedMqls ?? q.mqls, a.mqlsDelivered, 'MQLs'));
  return lines;
}

export function scorecard(version: AgreementVersion, entry: QuarterActuals): ScorecardLine[] {
  const commitments = version.content.commitments.rows.map((row) =>
    line({
      id: `commitment.${row.id}`,
      section: 'Commitments',
      owner: row.owner,
      ...commitmentMeasure(row, entry.actuals, entry.perCommitment[row.id]),
    }),
  );
  return [...goalLines(version, entry.actuals), ...commitments];
}

export type ScorecardSummary = Record<LineStatus, number> & { total: number; sentence: string };

export function summarise(lines: readonly ScorecardLine[]): ScorecardSummary {
  const counts: Record<LineStatus, number> = { met: 0, partly: 0, missed: 0, 'no data': 0 };
  for (const l of lines) counts[l.status] += 1;
  const measured = lines.length - counts['no data'];
  const sentence =
    measured === 0
      ? 'No actuals entered yet.'
      : `${counts.met} of ${measured} measured lines met, ${counts.partly} partly, ${counts.missed} missed` + (counts['no data'] > 0 ? `; ${counts['no data']} without data.` : '.');
  return { ...counts, total: lines.length, sentence };
}

export interface TrendPoint extends Actuals {
  quarter: string;
  versionId: string;
}

/**
 * One point per quarter, oldest first, for the trend charts. If a quarter was entered more
 * than once, the latest entry counts.
 */
export function trend(actualsByQuarter: readonly QuarterActuals[] | Record<string, QuarterActuals>): TrendPoint[] {
  const entries = Array.isArray(actualsByQuarter) ? actualsByQuarter : Object.values(actualsByQuarter);
  const latest = new Map<string, QuarterActuals>();
  for (const entry of entries) {
    const seen = latest.get(entry.quarter);
    if (!seen || Date.parse(entry.enteredAt) >= Date.parse(seen.enteredAt)) latest.set(entry.quarter, entry);
  }
  return [...latest.values()]
    .sort((a, b) => quarterIndex(a.quarter) - quarterIndex(b.quarter))
    .map((e) => ({ quarter: e.quarter, versionId: e.versionId, ...e.actuals }));
}
