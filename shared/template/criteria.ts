import type { Criterion, SampleLead } from '../model/scoring';

/** Starter criteria drawn from the background reading: effort signals rank above low-effort downloads. */
export function starterCriteria(): Criterion[] {
  let n = 0;
  const c = (x: Omit<Criterion, 'id' | 'order' | 'pinnedPoints' | 'disqualifies'> & Partial<Criterion>): Criterion => ({
    id: `crit-${++n}`,
    order: 0,
    pinnedPoints: null,
    disqualifies: false,
    ...x,
  });
  const list: Criterion[] = [
    c({ label: 'Demo request', category: 'Engagement', description: 'Asked for a live demo: the clearest buying signal.', condition: { op: 'event', field: 'events', value: 'demo request', repeat: 'once', maxCount: 1 }, tier: 'Critical' }),
    c({ label: 'Decision-maker title', category: 'Fit', description: 'VP, Head of, Director or C-level in the buying team.', condition: { op: 'in', field: 'seniority', values: ['VP', 'Director', 'C-level', 'Head'] }, tier: 'Critical' }),
    c({ label: 'Completed survey', category: 'Engagement', description: 'Invested time and effort: ranks above a whitepaper download.', condition: { op: 'event', field: 'events', value: 'survey completed', repeat: 'once', maxCount: 1 }, tier: 'Strong' }),
    c({ label: 'Company size in range', category: 'Fit', description: '200 to 5,000 employees: the ideal-customer band.', condition: { op: 'between', field: 'employees', min: 200, max: 5000 }, tier: 'Strong' }),
    c({ label: 'Whitepaper then another call to action', category: 'Engagement', description: 'Downloaded a whitepaper and came back for a further offer.', condition: { op: 'event', field: 'events', value: 'follow-up cta', repeat: 'once', maxCount: 1 }, tier: 'Strong' }),
    c({ label: 'Pricing page visit', category: 'Engagement', description: 'Visited pricing; counts each visit up to three.', condition: { op: 'event', field: 'events', value: 'pricing page visit', repeat: 'each', maxCount: 3 }, tier: 'Moderate' }),
    c({ label: 'Target industry', category: 'Fit', description: 'Software, financial services or manufacturing.', condition: { op: 'in', field: 'industry', values: ['Software', 'Financial services', 'Manufacturing'] }, tier: 'Moderate' }),
    c({ label: 'Whitepaper download', category: 'Engagement', description: 'Gave an e-mail address for a free whitepaper.', condition: { op: 'event', field: 'events', value: 'whitepaper download', repeat: 'once', maxCount: 1 }, tier: 'Weak' }),
    c({ label: 'Webinar attended', category: 'Engagement', description: 'Attended a live webinar.', condition: { op: 'event', field: 'events', value: 'webinar attended', repeat: 'each', maxCount: 2 }, tier: 'Weak' }),
    c({ label: 'Newsletter subscriber', category: 'Engagement', description: 'Reads the newsletter; a weak signal on its own.', condition: { op: 'event', field: 'events', value: 'newsletter signup', repeat: 'once', maxCount: 1 }, tier: 'Ignore' }),
    c({ label: 'Unsubscribed', category: 'Engagement', description: 'Opted out of marketing e-mail.', condition: { op: 'event', field: 'events', value: 'unsubscribed', repeat: 'once', maxCount: 1 }, tier: 'Negative' }),
    c({ label: 'Personal e-mail domain', category: 'Fit', description: 'gmail.com, outlook.com and the like.', condition: { op: 'in', field: 'emailDomain', values: ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com'] }, tier: 'Negative' }),
    c({ label: 'Competitor domain', category: 'Fit', description: 'Works for a competitor: never an MQL.', condition: { op: 'in', field: 'emailDomain', values: ['rivalsoft.com', 'competitor.io'] }, tier: 'Negative', disqualifies: true }),
  ];
  const orderInTier = new Map<string, number>();
  return list.map((x) => {
    const order = orderInTier.get(x.tier) ?? 0;
    orderInTier.set(x.tier, order + 1);
    return { ...x, order };
  });
}

/** Sample leads for the live preview, modelled on the people in the background reading. */
export function sampleLeads(): SampleLead[] {
  return [
    { id: 'lead-1', name: 'Dana Whitfield, VP Operations, Acme Logistics', fields: { seniority: 'VP', employees: 1200, industry: 'Manufacturing', emailDomain: 'acmelogistics.com' }, events: { 'survey completed': 1, 'pricing page visit': 2 }, daysSinceActivity: 3, outcome: 'won' },
    { id: 'lead-2', name: 'Sam Porter, student', fields: { seniority: 'Student', employees: 1, industry: 'Education', emailDomain: 'gmail.com' }, events: { 'whitepaper download': 1 }, daysSinceActivity: 10, outcome: 'lost' },
    { id: 'lead-3', name: 'Priya Nair, Director IT, Brightline Bank', fields: { seniority: 'Director', employees: 4200, industry: 'Financial services', emailDomain: 'brightline.com' }, events: { 'demo request': 1 }, daysSinceActivity: 1, outcome: 'won' },
    { id: 'lead-4', name: 'Leo Grant, Analyst, Northwind', fields: { seniority: 'Individual', employees: 800, industry: 'Software', emailDomain: 'northwind.io' }, events: { 'whitepaper download': 1, 'follow-up cta': 1, 'webinar attended': 2 }, daysSinceActivity: 45, outcome: 'open' },
    { id: 'lead-5', name: 'Mia Chen, Head of Sales Ops, RivalSoft', fields: { seniority: 'Head', employees: 600, industry: 'Software', emailDomain: 'rivalsoft.com' }, events: { 'demo request': 1, 'pricing page visit': 3 }, daysSinceActivity: 2, outcome: 'lost' },
    { id: 'lead-6', name: 'Tom Eriksen, CFO, Fjord Foods', fields: { seniority: 'C-level', employees: 150, industry: 'Food', emailDomain: 'fjordfoods.no' }, events: { 'newsletter signup': 1, unsubscribed: 1 }, daysSinceActivity: 90, outcome: 'lost' },
    { id: 'lead-7', name: 'Ava Romero, Marketing Manager, Helix Health', fields: { seniority: 'Manager', employees: 2500, industry: 'Healthcare', emailDomain: 'helixhealth.org' }, events: { 'survey completed': 1, 'whitepaper download': 1, 'follow-up cta': 1 }, daysSinceActivity: 7, outcome: 'open' },
    { id: 'lead-8', name: 'Ben Okafor, VP Engineering, Quanta Systems', fields: { seniority: 'VP', employees: 350, industry: 'Software', emailDomain: 'quanta.dev' }, events: { 'pricing page visit': 1, 'webinar attended': 1 }, daysSinceActivity: 14, outcome: 'won' },
  ];
}
