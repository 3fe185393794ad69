import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decayedPoints,
  explainScore,
  fitGrade,
  maxAchievableScore,
  scoreLead,
  scoreLeads,
  validateThresholdReachable,
} from '../../../../shared/rules/scoring';
import { boardArb, leadArb, leadNamed, settingsArb, templateModel } from './fixtures';

describe('scoreLead on the template', () => {
  it('makes Dana Whitfield an MQL at threshold 50 and explains every point', () => {
    const score = scoreLead(templateModel(), leadNamed('Dana Whitfield'));
    // Fit: decision-maker 32 + size 22 + industry 12; Engagement: survey 24 + pricing 2 × 14.
    expect(score.byCategory).toEqual({ Fit: 66, Engagement: 52 });
    expect(score.total).toBe(118);
    expect(score.isMql).toBe(true);
    expect(score.disqualifiedBy).toBeNull();
    expect(explainScore(score)).toEqual([
      'Decision-maker title +32',
      'Completed survey +24',
      'Company size in range +22',
      'Pricing page visit ×2 +28',
      'Target industry +12',
      'Total 118: MQL (threshold 50)',
    ]);
  });

  it('disqualifies the competitor lead whatever the score', () => {
    const score = scoreLead(templateModel(), leadNamed('Mia Chen'));
    expect(score.total).toBe(132);
    expect(score.isMql).toBe(false);
    expect(score.disqualifiedBy).toBe('Competitor domain');
    expect(score.lines.find((l) => l.label === 'Competitor domain')?.points).toBe(-10);
    expect(explainScore(score).at(-1)).toBe('Total 132: not an MQL, disqualified by “Competitor domain”');
  });

  it('keeps a student with a personal address below the threshold', () => {
    const score = scoreLead(templateModel(), leadNamed('Sam Porter'));
    expect(score.total).toBe(-3);
    expect(explainScore(score)).toEqual(['Whitepaper download +9', 'Personal e-mail domain −12', 'Total −3: below the MQL threshold of 50']);
  });

  it('halves positive engagement points per full half-life, rounding down', () => {
    const model = templateModel({ decay: { enabled: true, halfLifeDays: 30 } });
    const leo = scoreLead(model, leadNamed('Leo Grant')); // 45 days: one halving of 20 + 9 + 14 = 43 → 21
    expect(leo.lines.at(-1)).toMatchObject({ kind: 'decay', points: -22, count: 1, label: 'Engagement decay (45 days without activity, halving every 30 days: halved once, half kept)' });
    expect(leo.byCategory).toEqual({ Fit: 34, Engagement: 21 });
    expect(leo.total).toBe(55);
    expect(explainScore(leo)).toContain('Engagement decay (45 days without activity, halving every 30 days: halved once, half kept) −22');
    // Unsubscribed (−14) does not fade; nothing positive to decay, so no decay line.
    const tom = scoreLead(model, leadNamed('Tom Eriksen'));
    expect(tom.lines.some((l) => l.kind === 'decay')).toBe(false);
    expect(tom.total).toBe(32 - 14);
    expect([decayedPoints(43, 29, 30), decayedPoints(43, 60, 30), decayedPoints(-10, 300, 30)]).toEqual([43, 10, -10]);
  });

  it('caps each category, then the total, as lines of their own', () => {
    const model = templateModel({ caps: { Fit: 50, Engagement: null, total: 100 } });
    const score = scoreLead(model, leadNamed('Dana Whitfield'));
    expect(score.byCategory).toEqual({ Fit: 50, Engagement: 52 });
    expect(score.total).toBe(100);
    expect(explainScore(score)).toEqual(expect.arrayContaining(['Fit cap −16', 'Total cap −2']));
  });

  it('grades fit against the best achievable fit when asked', () => {
    const model = templateModel({ useFitGrade: true });
    const grades = Object.fromEntries(scoreLeads(model).map((s) => [s.leadName.split(',')[0], s.grade]));
    expect(grades['Dana Whitfield']).toBe('A'); // 66 / 66
    expect(grades['Ava Romero']).toBe('C'); // 22 / 66
    expect(grades['Sam Porter']).toBe('D'); // below zero counts as 0 %
    expect(scoreLead(templateModel(), leadNamed('Dana Whitfield')).grade).toBeNull();
    expect([0.75, 0.74, 0.5, 0.25, 0.24].map(fitGrade)).toEqual(['A', 'B', 'B', 'C', 'D']);
  });
});

describe('reachable threshold', () => {
  it('computes the best possible score of the template', () => {
    // Fit 32 + 22 + 12; Engagement 34 + 24 + 20 + 3 × 14 + 9 + 2 × 7.
    expect(maxAchievableScore(templateModel())).toBe(66 + 143);
    expect(maxAchievableScore(templateModel({ caps: { Fit: 40, Engagement: 100, total: 120 } }))).toBe(120);
  });

  it('explains a threshold no lead can reach', () => {
    expect(validateThresholdReachable(templateModel({ mqlThreshold: 209 }))).toBeNull();
    expect(validateThresholdReachable(templateModel({ mqlThreshold: 210 }))).toMatch(/No lead can reach the MQL threshold of 210: the most any lead can score is 209/);
    expect(validateThresholdReachable(templateModel({ mqlThreshold: 80, caps: { Fit: null, Engagement: null, total: 60 } }))).toMatch(/most any lead can score is 60/);
  });
});

describe('scoreLead properties', () => {
  const model = fc.record({ criteria: boardArb, settings: settingsArb }).map((m) => ({ ...m, sampleLeads: [] }));

  it('never exceeds the caps, lines add up to the total and MQL follows the rule', () => {
    fc.assert(
      fc.property(model, leadArb, (m, lead) => {
        const s = scoreLead(m, lead);
        const { caps } = m.settings;
        if (caps.total !== null) expect(s.total).toBeLessThanOrEqual(caps.total);
        if (caps.Fit !== null) expect(s.byCategory.Fit).toBeLessThanOrEqual(caps.Fit);
        if (caps.Engagement !== null) expect(s.byCategory.Engagement).toBeLessThanOrEqual(caps.Engagement);
        expect(s.lines.reduce((sum, l) => sum + l.points, 0)).toBe(s.total);
        expect(Number.isInteger(s.total)).toBe(true);
        expect(s.isMql).toBe(s.disqualifiedBy === null && s.total >= m.settings.mqlThreshold);
        if (s.disqualifiedBy === null) expect(s.total).toBeLessThanOrEqual(maxAchievableScore(m));
        if (validateThresholdReachable(m) !== null) expect(s.isMql).toBe(false);
        expect(explainScore(s)).toHaveLength(s.lines.length + 1 + (s.grade === null ? 0 : 1));
      }),
    );
  });

  it('never raises a score through decay', () => {
    fc.assert(
      fc.property(model, leadArb, (m, lead) => {
        const on = scoreLead({ ...m, settings: { ...m.settings, caps: { Fit: null, Engagement: null, total: null }, decay: { ...m.settings.decay, enabled: true } } }, lead);
        const off = scoreLead({ ...m, settings: { ...m.settings, caps: { Fit: null, Engagement: null, total: null }, decay: { ...m.settings.decay, enabled: false } } }, lead);
        expect(on.total).toBeLessThanOrEqual(off.total);
        expect(on.byCategory.Fit).toBe(off.byCategory.Fit);
      }),
    );
  });
});
