import type { AgreementContent } from '../model/agreement';
import type { Participant } from '../model/participants';
import type { Criterion } from '../model/scoring';
import type { NewWorkshopInput } from './sales-marketing';

/** The sample workshop: a mid-size software company whose teams blame each other for lost revenue. */
export const SAMPLE_INPUT: NewWorkshopInput = {
  organisation: 'Northwind Analytics',
  title: 'Ending the blame game: Q1 alignment',
  quarter: '2027-Q1',
  date: '2027-01-14',
  facilitator: 'Riley Morgan',
};

export const SAMPLE_PARTICIPANTS: Participant[] = [
  { id: 'p-mary', name: 'Mary Marketer', team: 'Marketing', title: 'Demand Generation Manager', email: '' },
  { id: 'p-connie', name: 'Connie Clarke', team: 'Marketing', title: 'Chief Marketing Officer', email: '' },
  { id: 'p-sammy', name: 'Sammy Sales', team: 'Sales', title: 'Account Executive', email: '' },
  { id: 'p-victor', name: 'Victor Reyes', team: 'Sales', title: 'VP Sales', email: '' },
  { id: 'p-ola', name: 'Ola Brandt', team: 'RevOps', title: 'Revenue Operations Lead', email: '' },
];

/** The quarterly review: early in the next quarter, once Q1's numbers are in. */
export const SAMPLE_REVIEW_DATE = '2027-04-08';

/**
 * Scoring cards for the lead definition's disqualifiers that the starter board does not cover yet,
 * so "never an MQL" in the definition also holds in the score. Each rules the lead out whatever its points.
 */
export const SAMPLE_DISQUALIFYING_CRITERIA: readonly Omit<Criterion, 'order'>[] = [
  {
    id: 'crit-student',
    label: 'Student or researcher',
    category: 'Fit',
    description: 'Studying or researching, not buying: never an MQL, as the lead definition says.',
    condition: { op: 'in', field: 'seniority', values: ['Student', 'Researcher'] },
    tier: 'Negative',
    pinnedPoints: null,
    disqualifies: true,
  },
  {
    id: 'crit-customer',
    label: 'Existing customer',
    category: 'Fit',
    description: 'Already a customer: routed to account management, not counted as a new MQL.',
    condition: { op: 'equals', field: 'existingCustomer', value: 'yes' },
    tier: 'Negative',
    pinnedPoints: null,
    disqualifies: true,
  },
];

/**
 * The sample's content on top of the template: its people, a review date, and a scoring board whose
 * disqualifying cards match the lead definition. New cards go to the bottom of Negative, so the
 * template cards keep their points.
 */
export function sampleContent(base: AgreementContent): AgreementContent {
  const negatives = base.scoring.criteria.filter((c) => c.tier === 'Negative').length;
  const known = new Set(base.scoring.criteria.map((c) => c.id));
  const added = SAMPLE_DISQUALIFYING_CRITERIA.filter((c) => !known.has(c.id)).map((c, i) => ({ ...c, order: negatives + i }));
  return {
    ...base,
    participants: SAMPLE_PARTICIPANTS,
    commitments: { ...base.commitments, reviewDate: SAMPLE_REVIEW_DATE },
    scoring: {
      ...base.scoring,
      criteria: [...base.scoring.criteria, ...added],
    },
  };
}
