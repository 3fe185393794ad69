import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../../../shared/model/scoring';
import { criterionRuleSentence, describeCondition, descriptionDrift, profileDrift } from '../../../../shared/rules/scoring/explain-criterion';
import { starterCriteria } from '../../../../shared/template/criteria';

const byLabel = (label: string): Criterion => starterCriteria().find((c) => c.label === label)!;
const profile = { industries: ['Software', 'Financial services', 'Manufacturing'], companySize: { min: 200, max: 5000 }, regions: [], personas: [] };

describe('what a criterion scores, from its agreed values', () => {
  it('words each operator from its own values, in the agreement locale', () => {
    expect(describeCondition({ op: 'between', field: 'employees', min: 50, max: 5000 }, 'en-US')).toBe('employees is from 50 to 5,000');
    expect(describeCondition({ op: 'between', field: 'employees', min: 50, max: 5000 }, 'de-DE')).toBe('employees is from 50 to 5.000');
    expect(describeCondition({ op: 'in', field: 'industry', values: ['Software', 'Retail', 'Health'] }, 'en-US')).toBe('industry is Software, Retail or Health');
    expect(describeCondition({ op: 'contains', field: 'title', value: 'VP' }, 'en-US')).toBe('title contains “VP”');
    expect(describeCondition({ op: 'event', field: 'events', value: 'pricing page visit', repeat: 'each', maxCount: 3 }, 'en-US')).toBe('each “pricing page visit” event, up to 3 times');
    expect(criterionRuleSentence(byLabel('Demo request'), 'en-US')).toBe('Scores a “demo request” event, once.');
    expect(criterionRuleSentence(byLabel('Competitor domain'), 'en-US')).toBe('Scores when emailDomain is rivalsoft.com or competitor.io; such a lead is never an MQL.');
  });

  it('finds typed words that no longer match: other numbers in a range, a list that leaves values out', () => {
    const size = byLabel('Company size in range');
    expect(descriptionDrift(size, 'en-US')).toBeNull();
    expect(descriptionDrift({ ...size, condition: { op: 'between', field: 'employees', min: 50, max: 5000 } }, 'en-US')).toBe('The description says 200 to 5,000, but the criterion scores 50 to 5,000.');
    const industry = byLabel('Target industry');
    expect(descriptionDrift(industry, 'en-US')).toBeNull();
    const added = { ...industry, condition: { op: 'in' as const, field: 'industry', values: ['Software', 'Financial services', 'Manufacturing', 'Healthcare'] } };
    expect(descriptionDrift(added, 'en-US')).toBe('The description leaves out Healthcare, which the criterion also scores.');
    // A list of examples is not the whole list; words that name none of the values are not a list either.
    expect(descriptionDrift(byLabel('Personal e-mail domain'), 'en-US')).toBeNull();
    expect(descriptionDrift({ ...byLabel('Personal e-mail domain'), description: 'gmail.com or outlook.com.' }, 'en-US')).toBe('The description leaves out yahoo.com and hotmail.com, which the criterion also scores.');
    expect(descriptionDrift(byLabel('Decision-maker title'), 'en-US')).toBeNull();
    expect(descriptionDrift({ ...size, description: '' }, 'en-US')).toBeNull();
  });

  it('finds a size or industry criterion that scores something other than the ideal customer, and offers the profile’s values', () => {
    const size = byLabel('Company size in range');
    expect(profileDrift(size, profile, 'en-US')).toBeNull();
    const wider = { ...profile, companySize: { min: 50, max: 5000 } };
    expect(profileDrift(size, wider, 'en-US')).toEqual({
      message: 'Company size in range scores 200 to 5,000 employees; the ideal customer is 50 to 5,000.',
      follow: { op: 'between', field: 'employees', min: 50, max: 5000 },
    });
    const more = { ...profile, industries: [...profile.industries, 'Healthcare'] };
    expect(profileDrift(byLabel('Target industry'), more, 'en-US')?.message).toBe(
      "Target industry scores Software, Financial services or Manufacturing; the ideal customer's industries are Software, Financial services, Manufacturing and Healthcare.",
    );
    expect(profileDrift(byLabel('Target industry'), { ...profile, industries: ['software', 'MANUFACTURING', 'Financial services'] }, 'en-US')).toBeNull();
    // Engagement criteria and disqualifiers are not about the profile.
    expect(profileDrift(byLabel('Competitor domain'), wider, 'en-US')).toBeNull();
  });
});
