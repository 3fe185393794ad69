import type { Participant } from '../model/participants';
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
