import { describe, expect, it } from 'vitest';
import { AgreementContentSchema } from '../../../shared/model/agreement';
import { nextQuarter, quarterOf } from '../../../shared/model/quarter';
import { templateContent } from '../../../shared/template/sales-marketing';
import { SAMPLE_INPUT, SAMPLE_PARTICIPANTS, SAMPLE_REVIEW_DATE, sampleContent } from '../../../shared/template/sample';
import { pointsByCriterion, scoreLead } from '../../../shared/rules/scoring';

const template = () => templateContent(SAMPLE_INPUT);

/** Which scoring card stands for each of the lead definition's disqualifiers. */
const CARD_FOR_DISQUALIFIER: Record<string, string> = {
  'd-competitor': 'Competitor domain',
  'd-student': 'Student or researcher',
  'd-customer': 'Existing customer',
  'd-personal': 'Personal e-mail domain',
};

describe('the Northwind sample', () => {
  it('is valid agreement content with its people and a quarterly review date in the next quarter', () => {
    const content = sampleContent(template());
    expect(AgreementContentSchema.safeParse(content).success).toBe(true);
    expect(content.participants).toEqual(SAMPLE_PARTICIPANTS);
    expect(content.commitments.reviewDate).toBe(SAMPLE_REVIEW_DATE);
    expect(content.commitments.reviewDate! > content.date).toBe(true);
    expect(quarterOf(new Date(`${SAMPLE_REVIEW_DATE}T12:00:00Z`))).toBe(nextQuarter(content.quarter));
  });

  it('has a Negative scoring card for every disqualifier in its lead definition', () => {
    const content = sampleContent(template());
    expect(content.leadDefinition.disqualifiers.map((d) => d.id).sort()).toEqual(Object.keys(CARD_FOR_DISQUALIFIER).sort());
    for (const d of content.leadDefinition.disqualifiers) {
      const card = content.scoring.criteria.find((c) => c.label === CARD_FOR_DISQUALIFIER[d.id]);
      expect(card, `card for “${d.text}”`).toBeDefined();
      expect(card!.tier).toBe('Negative');
    }
    // A personal address only rules a lead out with no company match, which a score cannot see: it stays a penalty.
    const disqualifying = content.scoring.criteria.filter((c) => c.disqualifies).map((c) => c.label);
    expect(disqualifying.sort()).toEqual(['Competitor domain', 'Existing customer', 'Student or researcher']);
  });

  it('keeps every template card’s points and adds the new cards at the bottom of Negative', () => {
    const before = pointsByCriterion(template().scoring.criteria);
    const after = pointsByCriterion(sampleContent(template()).scoring.criteria);
    for (const [id, points] of before) expect(after.get(id)).toBe(points);
    expect(after.get('crit-student')).toBe(-10);
    expect(after.get('crit-customer')).toBe(-10);
  });

  it('rules the student and an existing customer out of MQL whatever their score', () => {
    const { scoring } = sampleContent(template());
    const student = scoring.sampleLeads.find((l) => /student/i.test(l.name))!;
    expect(scoreLead(scoring, student).disqualifiedBy).toBe('Student or researcher');
    const keen = { id: 'lead-x', name: 'Keen customer', fields: { seniority: 'VP', employees: 1000, industry: 'Software', emailDomain: 'keen.com', existingCustomer: 'yes' }, events: { 'demo request': 1, 'survey completed': 1 }, daysSinceActivity: 0, outcome: 'open' as const };
    const score = scoreLead(scoring, keen);
    expect(score.total).toBeGreaterThanOrEqual(scoring.settings.mqlThreshold);
    expect(score.isMql).toBe(false);
    expect(score.disqualifiedBy).toBe('Existing customer');
    expect(scoreLead(scoring, { ...keen, fields: { ...keen.fields, existingCustomer: 'no' } }).isMql).toBe(true);
  });

  it('does not add the cards twice when applied again', () => {
    const once = sampleContent(template());
    expect(sampleContent(once).scoring.criteria).toHaveLength(once.scoring.criteria.length);
  });
});
