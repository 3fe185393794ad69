import type { ScoringModel, ScoringSettings } from '../model/scoring';
import { describeDecay } from '../rules/scoring/decay';

/**
 * The scoring model's settings in words, generated from their own numbers once for the settings
 * screen, the review summary, the PDF and the CLI. The decay sentence itself lives beside its rule
 * (shared/rules/scoring/decay.ts), because a lead's explanation lines use the same words.
 */

export { describeDecay, decayLineLabel } from '../rules/scoring/decay';

/** "Fit at most 40 · total at most 90", or "No caps". */
export function describeCaps(settings: Pick<ScoringSettings, 'caps'>): string {
  const { caps } = settings;
  const parts = [
    caps.Fit !== null ? `Fit at most ${caps.Fit}` : null,
    caps.Engagement !== null ? `Engagement at most ${caps.Engagement}` : null,
    caps.total !== null ? `total at most ${caps.total}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join(' · ') : 'No caps';
}

export interface ScoringFact {
  label: string;
  text: string;
}

/** The model's settings as label/text pairs, in the order the PDF and the summary print them. */
export function describeScoringSettings(model: Pick<ScoringModel, 'settings' | 'criteria'>): ScoringFact[] {
  const { settings, criteria } = model;
  const fit = criteria.filter((c) => c.category === 'Fit').length;
  return [
    { label: 'MQL threshold', text: `${settings.mqlThreshold} points` },
    { label: 'Score caps', text: describeCaps(settings) },
    { label: 'Decay', text: describeDecay(settings) },
    { label: 'Criteria', text: `${criteria.length} (${fit} fit, ${criteria.length - fit} engagement)` },
  ];
}
