import { describe, expect, it } from 'vitest';
import { consentStatus, isStepAgreed, openItems, type Consent } from '../../../shared/rules/consent';

const vote = (step: Consent['step'], team: Consent['team'], fist: number | null, objection = ''): Consent => ({ step, team, fist, objection });

describe('consentStatus', () => {
  it('needs three fingers and no objection to agree', () => {
    const consents = [vote('scoring', 'Marketing', 3), vote('scoring', 'Sales', 5, 'Too many webinar points')];
    expect(consentStatus(consents, 'scoring')).toEqual({ Marketing: 'agreed', Sales: 'objection' });
    expect(isStepAgreed(consents, 'scoring')).toBe(false);
  });

  it('treats two fingers or fewer as an objection and no vote as open', () => {
    const consents = [vote('goals', 'Marketing', 2), vote('goals', 'Sales', null)];
    expect(consentStatus(consents, 'goals')).toEqual({ Marketing: 'objection', Sales: 'open' });
    expect(consentStatus(consents, 'incentives')).toEqual({ Marketing: 'open', Sales: 'open' });
  });

  it('lets a later vote replace an earlier one and ignores other teams', () => {
    const consents = [vote('goals', 'Marketing', 1), vote('goals', 'Sales', 4), vote('goals', 'Leadership', 0, 'No'), vote('goals', 'Marketing', 4)];
    expect(consentStatus(consents, 'goals')).toEqual({ Marketing: 'agreed', Sales: 'agreed' });
    expect(isStepAgreed(consents, 'goals')).toBe(true);
  });

  it('does not count a blank objection', () => {
    expect(consentStatus([vote('scoring', 'Sales', 4, '   ')], 'scoring').Sales).toBe('agreed');
  });
});

describe('openItems', () => {
  it('lists what is still open or objected, in agenda order with a reason', () => {
    const consents = [
      vote('lead-definition', 'Marketing', 5),
      vote('lead-definition', 'Sales', 4),
      vote('scoring', 'Marketing', 3),
      vote('scoring', 'Sales', 1),
      vote('goals', 'Marketing', 4, 'Rates look optimistic'),
    ];
    expect(openItems(consents, ['lead-definition', 'scoring', 'goals'])).toEqual([
      { step: 'scoring', team: 'Sales', state: 'objection', reason: 'Sales showed 1 of 5 on Scoring; 3 or more is needed to agree.' },
      { step: 'goals', team: 'Marketing', state: 'objection', reason: 'Marketing objects to Shared goals: Rates look optimistic' },
      { step: 'goals', team: 'Sales', state: 'open', reason: 'Sales has not given consent on Shared goals yet.' },
    ]);
  });

  it('is empty when everything is agreed', () => {
    expect(openItems([vote('scoring', 'Marketing', 3), vote('scoring', 'Sales', 3)], ['scoring'])).toEqual([]);
  });
});
