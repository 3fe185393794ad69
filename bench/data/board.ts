/**
 * A draft agreement with its workshop open on the scoring step, and a board of N criteria:
 * the 13 starter criteria plus generated ones spread over every tier, all matching fields the
 * sample leads carry, so the live preview does real work on every drop.
 */
import type { AgreementVersion } from '../../shared/model/agreement';
import type { Criterion, Tier } from '../../shared/model/scoring';
import { TIERS } from '../../shared/model/scoring';
import { WorkshopSchema, type Workshop } from '../../shared/model/workshop';
import { defaultAgenda, templateContent } from '../../shared/template/sales-marketing';

/** Share of the generated criteria per tier (Critical … Negative). */
const TIER_SHARE: Record<Tier, number> = { Critical: 0.1, Strong: 0.2, Moderate: 0.22, Weak: 0.22, Ignore: 0.14, Negative: 0.12 };
const EVENTS = ['demo request', 'survey completed', 'pricing page visit', 'whitepaper download', 'webinar attended', 'follow-up cta', 'newsletter signup'];

function generatedCriterion(n: number, tier: Tier): Omit<Criterion, 'order'> {
  const kind = n % 3;
  const condition: Criterion['condition'] =
    kind === 0
      ? { op: 'event', field: 'events', value: EVENTS[n % EVENTS.length]!, repeat: n % 2 ? 'each' : 'once', maxCount: 1 + (n % 3) }
      : kind === 1
        ? { op: 'between', field: 'employees', min: (n % 10) * 100, max: (n % 10) * 100 + 2000 }
        : { op: 'in', field: 'industry', values: ['Software', 'Manufacturing', 'Healthcare'].slice(0, 1 + (n % 3)) };
  return { id: `crit-gen-${n}`, label: `Signal ${n}`, category: kind === 0 ? 'Engagement' : 'Fit', description: '', condition, tier, pinnedPoints: null, disqualifies: false };
}

/** The starter board's first `count` criteria when count ≤ 13, otherwise all of them plus generated ones. */
export function boardCriteria(count: number): Criterion[] {
  const starter = templateContent({ organisation: 'x', title: 'x', quarter: '2027-Q1', date: '2027-01-01' }).scoring.criteria;
  const list: Omit<Criterion, 'order'>[] = starter.slice(0, Math.min(count, starter.length));
  const extra = count - list.length;
  let n = 0;
  for (const tier of TIERS) {
    const share = tier === 'Negative' ? extra - n : Math.round(extra * TIER_SHARE[tier]);
    for (let k = 0; k < share; k += 1) list.push(generatedCriterion(++n, tier));
  }
  // The dragged card sits at the top of Weak, so it can travel into Moderate just above it.
  const dragged = list.findIndex((c) => c.label === 'Whitepaper download');
  if (dragged > 0) list.unshift(...list.splice(dragged, 1));
  const orderInTier = new Map<Tier, number>();
  return list.map((c) => {
    const order = orderInTier.get(c.tier) ?? 0;
    orderInTier.set(c.tier, order + 1);
    return { ...c, order };
  });
}

export function boardWorkshop(count: number): { version: AgreementVersion; workshop: Workshop } {
  const base = templateContent({ organisation: `Board ${count}`, title: `Scoring board with ${count} criteria`, quarter: '2027-Q2', date: '2027-04-01', facilitator: 'Bench' });
  const at = new Date(Date.UTC(2027, 3, 1)).toISOString();
  const version: AgreementVersion = {
    id: `ver-board-${count}`,
    agreementId: `agr-board-${count}`,
    version: 1,
    status: 'draft',
    content: { ...base, scoring: { ...base.scoring, criteria: boardCriteria(count) } },
    contentHash: null,
    signatures: [],
    previousVersionId: null,
    workshopId: `ws-board-${count}`,
    createdAt: at,
    updatedAt: at,
    frozenAt: null,
  };
  const workshop = WorkshopSchema.parse({ id: `ws-board-${count}`, versionId: version.id, agreementId: version.agreementId, agenda: { ...defaultAgenda(), current: 'scoring' }, createdAt: at, updatedAt: at });
  return { version, workshop };
}
