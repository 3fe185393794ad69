import type { AgreementContent } from '../model/agreement';
import type { Agenda } from '../model/workshop';
import { STEP_IDS } from '../model/workshop';
import { starterCriteria, sampleLeads } from './criteria';

export interface NewWorkshopInput {
  organisation: string;
  title: string;
  quarter: string;
  date: string;
  facilitator?: string;
  locale?: string;
  currency?: string;
}

/** Default minutes per step: a half-day workshop of about three and a half hours. */
export const DEFAULT_STEP_MINUTES: Record<(typeof STEP_IDS)[number], number> = {
  participants: 10,
  maturity: 20,
  'lead-definition': 30,
  scoring: 45,
  goals: 25,
  incentives: 20,
  commitments: 30,
  review: 20,
  export: 5,
};

export function defaultAgenda(): Agenda {
  return {
    current: 'participants',
    steps: STEP_IDS.map((step) => ({ step, minutes: DEFAULT_STEP_MINUTES[step], spentSeconds: 0 })),
    timerStartedAt: null,
  };
}

/** The built-in sales–marketing template: every section prefilled with sensible, editable defaults. */
export function templateContent(input: NewWorkshopInput): AgreementContent {
  return {
    organisation: input.organisation,
    title: input.title,
    quarter: input.quarter,
    date: input.date,
    facilitator: input.facilitator ?? '',
    locale: input.locale ?? 'en-US',
    currency: input.currency ?? 'USD',
    participants: [],
    leadDefinition: {
      stages: [
        { id: 'stage-inquiry', name: 'Inquiry', entryCriteria: 'Any known contact who raised a hand: form fill, event badge scan, content download.', owner: 'Marketing', handoffRule: 'Marketing nurtures until the MQL score is reached.' },
        { id: 'stage-mql', name: 'MQL', entryCriteria: 'Score at or above the agreed threshold and no disqualifier.', owner: 'Marketing', handoffRule: 'Routed to sales automatically within 1 hour.' },
        { id: 'stage-sal', name: 'SAL', entryCriteria: 'Sales reviewed the MQL within 24 h and accepted it.', owner: 'Sales', handoffRule: 'Rejections go back with a reason code.' },
        { id: 'stage-sql', name: 'SQL', entryCriteria: 'A conversation confirmed budget, authority, need and timeline.', owner: 'Sales', handoffRule: 'Opportunity created in the CRM.' },
        { id: 'stage-opportunity', name: 'Opportunity', entryCriteria: 'Qualified deal with an amount and close date.', owner: 'Sales', handoffRule: 'Weekly pipeline review with marketing.' },
        { id: 'stage-won', name: 'Won', entryCriteria: 'Contract signed.', owner: 'Sales', handoffRule: 'Marketing credited for sourced and influenced deals.' },
      ],
      idealCustomer: {
        industries: ['Software', 'Financial services', 'Manufacturing'],
        companySize: { min: 200, max: 5000 },
        regions: ['North America', 'Europe'],
        personas: ['VP Sales', 'VP Marketing', 'Head of Revenue Operations', 'CFO'],
      },
      qualifiers: [
        { id: 'q-budget', kind: 'Budget', text: 'Budget identified or a funded project this year.' },
        { id: 'q-authority', kind: 'Authority', text: 'Decision-maker or a direct line to one.' },
        { id: 'q-need', kind: 'Need', text: 'A pain we solve, stated in their own words.' },
        { id: 'q-timeline', kind: 'Timeline', text: 'Wants a solution within two quarters.' },
      ],
      disqualifiers: [
        { id: 'd-competitor', text: 'Works for a competitor' },
        { id: 'd-student', text: 'Student or researcher' },
        { id: 'd-customer', text: 'Existing customer (route to account management)' },
        { id: 'd-personal', text: 'Personal e-mail domain with no company match' },
      ],
      salesReady:
        'A lead is sales-ready when someone at a company of 200–5,000 people in our target industries, with a say in the purchase, has shown real effort — a demo request, a completed survey, or repeated visits after a download — and nothing disqualifies them. Sales calls every such lead within one working day.',
    },
    scoring: {
      criteria: starterCriteria(),
      settings: { mqlThreshold: 50, caps: { Fit: null, Engagement: null, total: null }, decay: { enabled: false, halfLifeDays: 30 }, useFitGrade: false },
      sampleLeads: sampleLeads(),
    },
    goals: {
      revenueTargetCents: 120_000_000,
      averageDealCents: 3_000_000,
      rates: { mqlToSal: 50, salToSql: 60, sqlToWon: 25 },
      marketingSourcedShare: null,
      salesCycleDays: 60,
      reps: 6,
      mqlCapacityPerRepPerMonth: 100,
    },
    incentives: {
      poolPercent: 10,
      salesSharePercent: 70,
      gate: { enabled: true, points: [{ attainment: 85, payout: 0 }, { attainment: 90, payout: 50 }, { attainment: 100, payout: 100 }, { attainment: 105, payout: 150 }] },
      acceleratorAbove100: 1,
      capPercent: 200,
      exampleDealCents: 1_000_000,
    },
    commitments: {
      rows: [
        { id: 'c-mql', owner: 'Marketing', commitment: 'Deliver MQLs that meet the lead definition', metric: 'MQLs delivered', target: 178, unit: 'MQLs', period: 'monthly', overridden: false, derivedFrom: 'funnel.mqlPerMonth' },
        { id: 'c-contact', owner: 'Sales', commitment: 'Contact every MQL', metric: 'Time to first contact', target: 24, unit: 'hours', period: 'per lead', overridden: false, derivedFrom: null },
        { id: 'c-attempts', owner: 'Sales', commitment: 'Make 5 attempts within 2 weeks', metric: 'Contact attempts', target: 5, unit: 'attempts', period: 'per lead', overridden: false, derivedFrom: null },
        { id: 'c-accept', owner: 'Sales', commitment: 'Accept or reject each MQL with a reason code', metric: 'Time to accept/reject', target: 24, unit: 'hours', period: 'per lead', overridden: false, derivedFrom: null },
        { id: 'c-escalate', owner: 'Joint', commitment: 'Escalate untouched MQLs to the sales manager, then the CRO', metric: 'Escalation after', target: 48, unit: 'hours (72 h to CRO)', period: 'per lead', overridden: false, derivedFrom: null },
        { id: 'c-daily', owner: 'Joint', commitment: 'Daily touch-base between SDRs and marketing', metric: 'Touch-base', target: 1, unit: 'meeting', period: 'daily', overridden: false, derivedFrom: null },
        { id: 'c-weekly', owner: 'Joint', commitment: 'Weekly pipeline review', metric: 'Pipeline review', target: 1, unit: 'meeting', period: 'weekly', overridden: false, derivedFrom: null },
        { id: 'c-monthly', owner: 'Joint', commitment: 'Monthly dispute review of rejected leads', metric: 'Dispute review', target: 1, unit: 'meeting', period: 'monthly', overridden: false, derivedFrom: null },
      ],
      reasonCodes: ['Company size', 'Persona', 'Geography', 'Existing customer', 'Competitor', 'Unverified contact'],
      reviewDate: null,
    },
    leadershipSignatureRequired: false,
  };
}

/** A blank workshop still needs one lifecycle stage and a valid goal model to be storable. */
export function blankContent(input: NewWorkshopInput): AgreementContent {
  const t = templateContent(input);
  return {
    ...t,
    leadDefinition: { ...t.leadDefinition, stages: t.leadDefinition.stages, qualifiers: [], disqualifiers: [], salesReady: '', idealCustomer: { industries: [], companySize: { min: 1, max: 10_000_000 }, regions: [], personas: [] } },
    scoring: { ...t.scoring, criteria: [], sampleLeads: t.scoring.sampleLeads },
    commitments: { ...t.commitments, rows: [] },
  };
}
