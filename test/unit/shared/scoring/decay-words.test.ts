import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decayedPoints, explainScore, scoreLead } from '../../../../shared/rules/scoring';
import { decayLineLabel, describeDecay, describeScoringSettings } from '../../../../shared/present/scoring';
import { card, leadNamed, templateModel } from './fixtures';

const on = (halfLifeDays: number) => ({ decay: { enabled: true, halfLifeDays } });

describe('describeDecay: the words say what the rule does', () => {
  it('says the points halve every N days, a quarter after 2N', () => {
    expect(describeDecay(on(30))).toBe(
      'Positive engagement points halve every 30 days without activity: after 30 days a lead keeps half of them, ' +
        'after 60 days a quarter, after 90 days an eighth (rounded down to whole points). Fit points and negative points do not fade.',
    );
    expect(describeDecay(on(1))).toContain('halve every 1 day without activity: after 1 day a lead keeps half of them, after 2 days a quarter, after 3 days an eighth');
    expect(describeDecay({ decay: { enabled: false, halfLifeDays: 30 } })).toBe('Points do not decay: a lead keeps its engagement points however long it stays quiet.');
    expect(describeDecay(on(30))).not.toMatch(/halve after/);
  });

  it('matches the rule: half after N days, a quarter after 2N, an eighth after 3N, nothing changes before N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 365 }), fc.integer({ min: 1, max: 10_000 }), (n, points) => {
        expect(decayedPoints(points, n - 1, n)).toBe(points);
        expect(decayedPoints(points, n, n)).toBe(Math.floor(points / 2));
        expect(decayedPoints(points, 2 * n, n)).toBe(Math.floor(points / 4));
        expect(decayedPoints(points, 3 * n, n)).toBe(Math.floor(points / 8));
      }),
    );
  });

  it('is the Decay line of the settings the PDF and the summary print', () => {
    const facts = describeScoringSettings(templateModel({ ...on(14), caps: { Fit: 40, Engagement: null, total: 90 } }));
    expect(facts.find((f) => f.label === 'Decay')?.text).toBe(describeDecay(on(14)));
    expect(facts.find((f) => f.label === 'Score caps')?.text).toBe('Fit at most 40 · total at most 90');
    expect(describeScoringSettings(templateModel()).find((f) => f.label === 'Score caps')?.text).toBe('No caps');
  });
});

describe('the decay line of a lead’s explanation', () => {
  it('names the quiet days, the half-life, the halvings and the share kept', () => {
    expect(decayLineLabel(45, 30, 1)).toBe('Engagement decay (45 days without activity, halving every 30 days: halved once, half kept)');
    expect(decayLineLabel(65, 30, 2)).toBe('Engagement decay (65 days without activity, halving every 30 days: halved twice, a quarter kept)');
    expect(decayLineLabel(90, 30, 3)).toContain('halved 3 times, an eighth kept');
    expect(decayLineLabel(150, 30, 5)).toContain('halved 5 times, 1/32 kept');
  });

  it('is what the preview and `cli score` print: 2N days keep a quarter', () => {
    const model = { ...templateModel(on(10)), criteria: [card('survey', { category: 'Engagement', tier: 'Critical', pinnedPoints: 40, condition: { op: 'event', field: 'events', value: 'survey', repeat: 'once', maxCount: 1 } })] };
    const lead = { ...leadNamed('Leo Grant'), events: { survey: 1 }, daysSinceActivity: 20 };
    const score = scoreLead(model, lead);
    expect(score.total).toBe(10);
    expect(explainScore(score)).toContain('Engagement decay (20 days without activity, halving every 10 days: halved twice, a quarter kept) −30');
  });
});
