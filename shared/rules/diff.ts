import type { AgreementContent } from '../model/agreement';
import type { Criterion } from '../model/scoring';
import { canonicalJson } from './canonical';
import { onTargetBonusCents } from './goals/incentives';
import { POOL_LABEL } from './goals/pool';

/**
 * What changed between two versions of an agreement, in sentences a leader can read at the
 * quarterly review ("MQL threshold 50 → 60"). Items with ids (criteria, stages, commitments,
 * participants) are matched by id, so a rename reads as a rename, not a removal plus an addition.
 */

export const DIFF_SECTIONS = ['Details', 'Participants', 'Lead definition', 'Scoring', 'Goals', 'Incentives', 'Commitments'] as const;
export type DiffSection = (typeof DIFF_SECTIONS)[number];

export interface Change {
  kind: 'added' | 'removed' | 'changed';
  label: string;
  before?: string;
  after?: string;
}

export interface VersionDiff {
  /** Only sections with at least one change, in DIFF_SECTIONS order. */
  sections: { section: DiffSection; changes: Change[] }[];
}

type Collect = (change: Change) => void;

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** Short values read inline ("50 → 60"); long texts only say that they changed and carry both sides. */
function field(out: Collect, label: string, before: string, after: string, inline = true): void {
  if (before === after) return;
  out({ kind: 'changed', label: inline ? `${label} ${before} → ${after}` : `${label} changed`, before, after });
}

function listDiff(out: Collect, label: string, before: readonly string[], after: readonly string[]): void {
  for (const item of after) if (!before.includes(item)) out({ kind: 'added', label: `${label} added: ${item}`, after: item });
  for (const item of before) if (!after.includes(item)) out({ kind: 'removed', label: `${label} removed: ${item}`, before: item });
}

/** Matches two id-keyed lists: calls back for added, removed and kept items. */
function byId<T extends { id: string }>(before: readonly T[], after: readonly T[], on: { added: (t: T) => void; removed: (t: T) => void; kept: (a: T, b: T) => void }): void {
  const old = new Map(before.map((t) => [t.id, t]));
  const next = new Map(after.map((t) => [t.id, t]));
  for (const t of after) {
    const previous = old.get(t.id);
    if (previous) on.kept(previous, t);
    else on.added(t);
  }
  for (const t of before) if (!next.has(t.id)) on.removed(t);
}

const pct = (v: number) => `${Number(v.toFixed(2))} %`;
const orNone = (v: number | null | undefined, show: (n: number) => string = String) => (v === null || v === undefined ? 'none' : show(v));
const onOff = (v: boolean) => (v ? 'on' : 'off');
const yesNo = (v: boolean) => (v ? 'yes' : 'no');

function money(cents: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: cents % 100 === 0 ? 0 : 2 }).format(cents / 100);
  } catch {
    return `${currency} ${(cents / 100).toFixed(2)}`;
  }
}

function details(a: AgreementContent, b: AgreementContent, out: Collect): void {
  field(out, 'Organisation', a.organisation, b.organisation);
  field(out, 'Title', a.title, b.title);
  field(out, 'Quarter', a.quarter, b.quarter);
  field(out, 'Date', a.date, b.date);
  field(out, 'Facilitator', a.facilitator || 'none', b.facilitator || 'none');
  field(out, 'Currency', a.currency, b.currency);
  field(out, 'Language', a.locale, b.locale);
  field(out, 'Leadership signature required', yesNo(a.leadershipSignatureRequired), yesNo(b.leadershipSignatureRequired));
}

function participants(a: AgreementContent, b: AgreementContent, out: Collect): void {
  const who = (p: AgreementContent['participants'][number]) => `${p.name} (${p.team}${p.title ? `, ${p.title}` : ''})`;
  byId(a.participants, b.participants, {
    added: (p) => out({ kind: 'added', label: `Added ${who(p)}`, after: who(p) }),
    removed: (p) => out({ kind: 'removed', label: `Removed ${who(p)}`, before: who(p) }),
    kept: (x, y) => field(out, `Participant ${x.name}:`, who(x), who(y)),
  });
}

function leadDefinition(a: AgreementContent, b: AgreementContent, out: Collect): void {
  const [x, y] = [a.leadDefinition, b.leadDefinition];
  byId(x.stages, y.stages, {
    added: (s) => out({ kind: 'added', label: `Stage added: ${s.name} (${s.owner})`, after: s.name }),
    removed: (s) => out({ kind: 'removed', label: `Stage removed: ${s.name}`, before: s.name }),
    kept: (p, n) => {
      field(out, 'Stage renamed:', p.name, n.name);
      field(out, `${n.name} owner`, p.owner, n.owner);
      field(out, `${n.name} entry criteria`, p.entryCriteria, n.entryCriteria, false);
      field(out, `${n.name} hand-off rule`, p.handoffRule, n.handoffRule, false);
    },
  });
  const keptOrder = (list: typeof x.stages, other: typeof x.stages) => list.filter((s) => other.some((o) => o.id === s.id)).map((s) => s.id);
  if (!same(keptOrder(x.stages, y.stages), keptOrder(y.stages, x.stages))) {
    out({ kind: 'changed', label: 'Stage order changed', before: x.stages.map((s) => s.name).join(' → '), after: y.stages.map((s) => s.name).join(' → ') });
  }
  listDiff(out, 'Industry', x.idealCustomer.industries, y.idealCustomer.industries);
  listDiff(out, 'Region', x.idealCustomer.regions, y.idealCustomer.regions);
  listDiff(out, 'Persona', x.idealCustomer.personas, y.idealCustomer.personas);
  const size = (r: typeof x.idealCustomer.companySize) => `${r.min}–${r.max} employees`;
  field(out, 'Company size', size(x.idealCustomer.companySize), size(y.idealCustomer.companySize));
  byId(x.qualifiers, y.qualifiers, {
    added: (q) => out({ kind: 'added', label: `${q.kind} qualifier added`, after: q.text }),
    removed: (q) => out({ kind: 'removed', label: `${q.kind} qualifier removed`, before: q.text }),
    kept: (p, n) => field(out, `${n.kind} qualifier`, p.text, n.text, false),
  });
  byId(x.disqualifiers, y.disqualifiers, {
    added: (d) => out({ kind: 'added', label: `Disqualifier added: ${d.text}`, after: d.text }),
    removed: (d) => out({ kind: 'removed', label: `Disqualifier removed: ${d.text}`, before: d.text }),
    kept: (p, n) => field(out, 'Disqualifier reworded:', p.text, n.text),
  });
  field(out, 'Sales-ready definition', x.salesReady, y.salesReady, false);
}

const conditionText = (c: Criterion['condition']): string => {
  switch (c.op) {
    case 'in':
      return `${c.field} is one of ${c.values.join(', ')}`;
    case 'between':
      return `${c.field} between ${c.min} and ${c.max}`;
    case 'event':
      return `event ${c.value}${c.repeat === 'each' ? ` (each, up to ${c.maxCount})` : ''}`;
    default:
      return `${c.field} ${c.op} ${c.value}`;
  }
};

function criterion(p: Criterion, n: Criterion, out: Collect): void {
  const name = `“${n.label}”`;
  field(out, 'Criterion renamed:', p.label, n.label);
  field(out, `${name} tier`, p.tier, n.tier);
  field(out, `${name} category`, p.category, n.category);
  if (p.pinnedPoints !== n.pinnedPoints) {
    const show = (v: number | null) => (v === null ? 'set by placement' : `pinned at ${v}`);
    out({ kind: 'changed', label: `${name} points ${show(p.pinnedPoints)} → ${show(n.pinnedPoints)}`, before: show(p.pinnedPoints), after: show(n.pinnedPoints) });
  }
  field(out, `${name} disqualifies`, yesNo(p.disqualifies), yesNo(n.disqualifies));
  if (!same(p.condition, n.condition)) field(out, `${name} condition:`, conditionText(p.condition), conditionText(n.condition));
  field(out, `${name} description`, p.description, n.description, false);
}

function scoring(a: AgreementContent, b: AgreementContent, out: Collect): void {
  const describe = (c: Criterion) => `“${c.label}” (${c.category}, ${c.tier}${c.pinnedPoints === null ? '' : `, ${c.pinnedPoints} points`})`;
  byId(a.scoring.criteria, b.scoring.criteria, {
    added: (c) => out({ kind: 'added', label: `Criterion added: ${describe(c)}`, after: describe(c) }),
    removed: (c) => out({ kind: 'removed', label: `Criterion removed: ${describe(c)}`, before: describe(c) }),
    kept: (p, n) => criterion(p, n, out),
  });
  const [x, y] = [a.scoring.settings, b.scoring.settings];
  field(out, 'MQL threshold', String(x.mqlThreshold), String(y.mqlThreshold));
  field(out, 'Fit cap', orNone(x.caps.Fit), orNone(y.caps.Fit));
  field(out, 'Engagement cap', orNone(x.caps.Engagement), orNone(y.caps.Engagement));
  field(out, 'Total score cap', orNone(x.caps.total), orNone(y.caps.total));
  field(out, 'Decay', onOff(x.decay.enabled), onOff(y.decay.enabled));
  field(out, 'Decay: engagement points halve', `every ${x.decay.halfLifeDays} days`, `every ${y.decay.halfLifeDays} days`);
  field(out, 'Fit grade', onOff(x.useFitGrade), onOff(y.useFitGrade));
}

function goals(a: AgreementContent, b: AgreementContent, out: Collect): void {
  const [x, y] = [a.goals, b.goals];
  const m = (cents: number, c: AgreementContent) => money(cents, c.currency, c.locale);
  field(out, 'Revenue target', m(x.revenueTargetCents, a), m(y.revenueTargetCents, b));
  field(out, 'Average deal size', m(x.averageDealCents, a), m(y.averageDealCents, b));
  field(out, 'MQL→SAL rate', pct(x.rates.mqlToSal), pct(y.rates.mqlToSal));
  field(out, 'SAL→SQL rate', pct(x.rates.salToSql), pct(y.rates.salToSql));
  field(out, 'SQL→won rate', pct(x.rates.sqlToWon), pct(y.rates.sqlToWon));
  field(out, 'Marketing-sourced share', orNone(x.marketingSourcedShare, pct), orNone(y.marketingSourcedShare, pct));
  field(out, 'Sales cycle', `${x.salesCycleDays} days`, `${y.salesCycleDays} days`);
  field(out, 'Sales reps', String(x.reps), String(y.reps));
  field(out, 'MQL capacity per rep a month', String(x.mqlCapacityPerRepPerMonth), String(y.mqlCapacityPerRepPerMonth));
}

function incentives(a: AgreementContent, b: AgreementContent, out: Collect): void {
  const [x, y] = [a.incentives, b.incentives];
  const split = (v: typeof x) => `${Number(v.salesSharePercent.toFixed(2))}/${Number((100 - v.salesSharePercent).toFixed(2))}`;
  const curve = (v: typeof x) => v.gate.points.map((p) => `${p.attainment} %→${p.payout} %`).join(', ') || 'no points';
  field(out, POOL_LABEL, pct(x.poolPercent), pct(y.poolPercent));
  const bonus = (c: AgreementContent) => money(onTargetBonusCents(c.incentives, c.goals.revenueTargetCents), c.currency, c.locale);
  field(out, 'On-target bonus', bonus(a), bonus(b));
  field(out, 'Split sales/marketing', split(x), split(y));
  field(out, 'Attainment gate', onOff(x.gate.enabled), onOff(y.gate.enabled));
  field(out, 'Gate curve', curve(x), curve(y));
  field(out, 'Accelerator above 100 %', `×${x.acceleratorAbove100}`, `×${y.acceleratorAbove100}`);
  field(out, 'Pay-out cap', orNone(x.capPercent, pct), orNone(y.capPercent, pct));
  field(out, 'Example deal', money(x.exampleDealCents, a.currency, a.locale), money(y.exampleDealCents, b.currency, b.locale));
}

function commitments(a: AgreementContent, b: AgreementContent, out: Collect): void {
  type Row = AgreementContent['commitments']['rows'][number];
  const target = (r: Row) => `${Number(r.target.toFixed(4))}${r.unit ? ` ${r.unit}` : ''} ${r.period}`;
  const describe = (r: Row) => `${r.commitment} (${r.owner}): ${r.metric} ${target(r)}`;
  byId(a.commitments.rows, b.commitments.rows, {
    added: (r) => out({ kind: 'added', label: `Commitment added: ${describe(r)}`, after: describe(r) }),
    removed: (r) => out({ kind: 'removed', label: `Commitment removed: ${describe(r)}`, before: describe(r) }),
    kept: (p, n) => {
      field(out, `${n.metric} target`, target(p), target(n));
      field(out, `${n.metric} owner`, p.owner, n.owner);
      field(out, 'Metric renamed:', p.metric, n.metric);
      field(out, `${n.metric} commitment`, p.commitment, n.commitment, false);
    },
  });
  listDiff(out, 'Reason code', a.commitments.reasonCodes, b.commitments.reasonCodes);
  field(out, 'Quarterly review date', a.commitments.reviewDate ?? 'none', b.commitments.reviewDate ?? 'none');
}

const SECTION_DIFFS: Record<DiffSection, (a: AgreementContent, b: AgreementContent, out: Collect) => void> = {
  Details: details,
  Participants: participants,
  'Lead definition': leadDefinition,
  Scoring: scoring,
  Goals: goals,
  Incentives: incentives,
  Commitments: commitments,
};

/** Changes from `a` (the earlier version) to `b` (the later one). */
export function diffVersions(a: AgreementContent, b: AgreementContent): VersionDiff {
  const sections = DIFF_SECTIONS.map((section) => {
    const changes: Change[] = [];
    SECTION_DIFFS[section](a, b, (c) => changes.push(c));
    return { section, changes };
  }).filter((s) => s.changes.length > 0);
  return { sections };
}

export const countChanges = (diff: VersionDiff): number => diff.sections.reduce((sum, s) => sum + s.changes.length, 0);
