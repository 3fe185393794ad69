import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AgreementContent } from '../../../shared/model/agreement';
import { templateContent } from '../../../shared/template/sales-marketing';
import { countChanges, diffVersions, type DiffSection } from '../../../shared/rules/diff';

const base = (): AgreementContent => ({
  ...templateContent({ organisation: 'Acme', title: 'Sales & marketing SLA', quarter: '2027-Q1', date: '2027-01-15' }),
  participants: [
    { id: 'p1', name: 'Jo Meyer', team: 'Marketing', title: 'CMO', email: '' },
    { id: 'p2', name: 'Ray Ortiz', team: 'Sales', title: 'CRO', email: '' },
  ],
});

const labels = (a: AgreementContent, b: AgreementContent, section: DiffSection) =>
  diffVersions(a, b).sections.find((s) => s.section === section)?.changes.map((c) => c.label) ?? [];

describe('diffVersions', () => {
  it('finds nothing between a content and its copy', () => {
    const a = base();
    expect(diffVersions(a, structuredClone(a))).toEqual({ sections: [] });
  });

  it('reports scoring settings with before and after', () => {
    const a = base();
    const b = structuredClone(a);
    b.scoring.settings.mqlThreshold = 60;
    b.scoring.settings.caps.Fit = 40;
    b.scoring.settings.decay = { enabled: true, halfLifeDays: 14 };
    const diff = diffVersions(a, b);
    expect(diff.sections.map((s) => s.section)).toEqual(['Scoring']);
    expect(diff.sections[0].changes[0]).toEqual({ kind: 'changed', label: 'MQL threshold 50 → 60', before: '50', after: '60' });
    expect(labels(a, b, 'Scoring')).toEqual(['MQL threshold 50 → 60', 'Fit cap none → 40', 'Decay off → on', 'Decay: engagement points halve every 30 days → every 14 days']);
  });

  it('reports criteria added, removed, moved between tiers and pinned', () => {
    const a = base();
    const b = structuredClone(a);
    b.scoring.criteria = b.scoring.criteria.filter((c) => c.label !== 'Webinar attended');
    const demo = b.scoring.criteria.find((c) => c.label === 'Completed survey');
    if (!demo) throw new Error('template changed');
    demo.tier = 'Critical';
    demo.pinnedPoints = 35;
    b.scoring.criteria.push({ ...b.scoring.criteria[0], id: 'crit-new', label: 'Free trial started', tier: 'Strong', order: 3, pinnedPoints: null });
    expect(labels(a, b, 'Scoring')).toEqual([
      '“Completed survey” tier Strong → Critical',
      '“Completed survey” points set by placement → pinned at 35',
      'Criterion added: “Free trial started” (Engagement, Strong)',
      'Criterion removed: “Webinar attended” (Engagement, Weak)',
    ]);
  });

  it('ignores a shift in position within a tier', () => {
    const a = base();
    const b = structuredClone(a);
    b.scoring.criteria[0].order = 5;
    expect(countChanges(diffVersions(a, b))).toBe(0);
  });

  it('reports goals, rates and the incentive split in readable units', () => {
    const a = base();
    const b = structuredClone(a);
    b.goals.revenueTargetCents = 150_000_000;
    b.goals.rates.mqlToSal = 55;
    b.incentives.salesSharePercent = 60;
    b.incentives.poolPercent = 12;
    expect(labels(a, b, 'Goals')).toEqual(['Revenue target $1,200,000 → $1,500,000', 'MQL→SAL rate 50 % → 55 %']);
    // The pool is a share of the revenue target: 12 % of $1.5M is the new on-target bonus.
    expect(labels(a, b, 'Incentives')).toEqual(['Pool (% of the revenue target = on-target bonus) 10 % → 12 %', 'On-target bonus $120,000 → $180,000', 'Split sales/marketing 70/30 → 60/40']);
  });

  it('reports commitments added, removed and retargeted', () => {
    const a = base();
    const b = structuredClone(a);
    b.commitments.rows = b.commitments.rows.filter((r) => r.id !== 'c-daily').map((r) => (r.id === 'c-contact' ? { ...r, target: 12 } : r));
    b.commitments.rows.push({ id: 'c-nps', owner: 'Joint', commitment: 'Share win/loss notes', metric: 'Win/loss notes', target: 1, unit: 'report', period: 'monthly', overridden: true, derivedFrom: null });
    b.commitments.reasonCodes = [...b.commitments.reasonCodes, 'No budget'];
    expect(labels(a, b, 'Commitments')).toEqual([
      'Time to first contact target 24 hours per lead → 12 hours per lead',
      'Commitment added: Share win/loss notes (Joint): Win/loss notes 1 report monthly',
      'Commitment removed: Daily touch-base between SDRs and marketing (Joint): Touch-base 1 meeting daily',
      'Reason code added: No budget',
    ]);
  });

  it('reports stages added, removed, renamed, and long texts without inlining them', () => {
    const a = base();
    const b = structuredClone(a);
    b.leadDefinition.stages = b.leadDefinition.stages.filter((s) => s.id !== 'stage-opportunity');
    b.leadDefinition.stages[1] = { ...b.leadDefinition.stages[1], name: 'Marketing qualified lead' };
    b.leadDefinition.stages.push({ id: 'stage-expansion', name: 'Expansion', entryCriteria: '', owner: 'Sales', handoffRule: '' });
    b.leadDefinition.salesReady = 'Shorter definition.';
    const changes = diffVersions(a, b).sections.find((s) => s.section === 'Lead definition')?.changes ?? [];
    expect(changes.map((c) => c.label)).toEqual([
      'Stage renamed: MQL → Marketing qualified lead',
      'Stage added: Expansion (Sales)',
      'Stage removed: Opportunity',
      'Sales-ready definition changed',
    ]);
    expect(changes[3].after).toBe('Shorter definition.');
  });

  it('reports participants added and removed', () => {
    const a = base();
    const b = structuredClone(a);
    b.participants = [b.participants[0], { id: 'p3', name: 'Lee Chan', team: 'RevOps', title: '', email: '' }];
    expect(labels(a, b, 'Participants')).toEqual(['Added Lee Chan (RevOps)', 'Removed Ray Ortiz (Sales, CRO)']);
  });

  it('is empty for any content compared with its own copy, and non-empty after a threshold change', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.subarray(base().scoring.criteria.map((c) => c.id)),
        fc.integer({ min: 1, max: 100 }),
        fc.boolean(),
        (threshold, keep, share, gate) => {
          const content = base();
          content.scoring.settings.mqlThreshold = threshold;
          content.scoring.criteria = content.scoring.criteria.filter((c) => keep.includes(c.id));
          content.goals.marketingSourcedShare = share;
          content.incentives.gate.enabled = gate;
          expect(diffVersions(content, structuredClone(content)).sections).toEqual([]);
          const changed = structuredClone(content);
          changed.scoring.settings.mqlThreshold = threshold === 1000 ? 999 : threshold + 1;
          expect(countChanges(diffVersions(content, changed))).toBe(1);
        },
      ),
    );
  });
});
