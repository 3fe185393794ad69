import type { AgreementContent } from '../../model/agreement';
import { TIERS } from '../../model/scoring';
import { formatPoints } from '../../rules/format';
import { pointsByCriterion, PLACEMENT_RULE_SENTENCE } from '../../rules/scoring/tier-points';
import { criterionRuleSentence, descriptionDrift, profileDrift } from '../../rules/scoring/explain-criterion';
import { describeScoringSettings } from '../scoring';
import { column, type Block, type Section } from '../document';

/**
 * Why a criterion counts, from its agreed values: the rule it scores, then the team's own words
 * when they still agree with it (the board flags them when they do not, and they are left out).
 */
export function criterionExplanation(criterion: AgreementContent['scoring']['criteria'][number], locale: string): string {
  const rule = criterionRuleSentence(criterion, locale);
  const words = criterion.description.trim();
  return words && descriptionDrift(criterion, locale) === null ? `${rule} ${words}` : rule;
}

/** Section 3: the criteria in board order with their points, the threshold, caps and decay. */
export function scoringSection(content: AgreementContent, number: number): Section {
  const { criteria, settings } = content.scoring;
  const points = pointsByCriterion(criteria);
  const rows = [...criteria]
    .map((criterion, index) => ({ criterion, index }))
    .sort((a, b) => TIERS.indexOf(a.criterion.tier) - TIERS.indexOf(b.criterion.tier) || a.criterion.order - b.criterion.order || a.index - b.index)
    .map(({ criterion }) => ({ criterion, points: points.get(criterion.id) ?? 0 }));
  const pinned = rows.some((r) => r.criterion.pinnedPoints !== null);
  const blocks: Block[] = [
    {
      kind: 'table',
      label: 'Scoring criteria and points',
      columns: [column('Tier', 11), column('Criterion', 23), column('What it scores', 44), column('Category', 13), column('Points', 9, 'end')],
      rows: rows.map(({ criterion: c, points: p }) => ({
        key: c.id,
        cells: [
          { text: c.tier },
          { text: c.disqualifies ? `${c.label} (disqualifies)` : c.label },
          { text: criterionExplanation(c, content.locale) },
          { text: c.category },
          { text: c.pinnedPoints !== null ? `${formatPoints(p)}*` : formatPoints(p), strong: true, ...(p < 0 ? { tone: 'negative' as const } : {}) },
        ],
      })),
      ...(pinned ? { footnote: '* Points typed by the team rather than set by placement.' } : {}),
    },
    { kind: 'facts', label: 'Scoring settings', items: describeScoringSettings(content.scoring).map((f) => ({ label: f.label, text: f.text })) },
  ];
  const drifts = criteria.map((c) => profileDrift(c, content.leadDefinition.idealCustomer, content.locale)).filter((d) => d !== null);
  if (drifts.length) {
    blocks.push({ kind: 'paragraph', tone: 'warning', text: `Not the same as the ideal customer in section 2: ${drifts.map((d) => d.message).join(' ')}` });
  }
  return {
    id: 'scoring',
    number,
    title: 'Lead scoring model',
    intro: `A lead becomes an MQL when its score reaches ${settings.mqlThreshold} points and no disqualifier applies. ${PLACEMENT_RULE_SENTENCE}`,
    blocks,
  };
}
