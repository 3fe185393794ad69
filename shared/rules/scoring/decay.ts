import type { ScoringSettings } from '../../model/scoring';

/*
 * The words for engagement decay, kept beside the rule they describe (decayedPoints in score.ts):
 * the positive engagement points halve once for every full half-life without activity, so they
 * halve AGAIN every N days — after N days half is kept, after 2N days a quarter. The settings
 * screen, the live preview's explanation lines, `cli score` and the PDF all say it with these.
 */

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

const FRACTIONS = ['all', 'half', 'a quarter', 'an eighth', 'a sixteenth'];

/** The share of the points kept after `halvings` halvings: "half", "a quarter", … "1/32". */
export function keptShare(halvings: number): string {
  return FRACTIONS[halvings] ?? `1/${2 ** halvings}`;
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/**
 * The decay rule of a scoring model in one sentence, from its own half-life, e.g. "Positive
 * engagement points halve every 30 days without activity: after 30 days a lead keeps half of
 * them, after 60 days a quarter, after 90 days an eighth (rounded down to whole points). Fit
 * points and negative points do not fade."
 */
export function describeDecay(settings: Pick<ScoringSettings, 'decay'>): string {
  const { enabled, halfLifeDays: n } = settings.decay;
  if (!enabled) return 'Points do not decay: a lead keeps its engagement points however long it stays quiet.';
  return (
    `Positive engagement points halve every ${days(n)} without activity: after ${days(n)} a lead keeps half of them, ` +
    `after ${days(2 * n)} a quarter, after ${days(3 * n)} an eighth (rounded down to whole points). Fit points and negative points do not fade.`
  );
}

/**
 * The label of a lead's decay line in its explanation, e.g. "Engagement decay (65 days without
 * activity, halving every 30 days: halved twice, a quarter kept)"; the points follow it.
 */
export function decayLineLabel(daysWithoutActivity: number, halfLifeDays: number, halvings: number): string {
  return `Engagement decay (${days(daysWithoutActivity)} without activity, halving every ${days(halfLifeDays)}: halved ${times(halvings)}, ${keptShare(halvings)} kept)`;
}
