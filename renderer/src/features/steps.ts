import { lazy, type ComponentType } from 'react';
import type { StepId } from '../../../shared/model/workshop';

export interface StepDefinition {
  id: StepId;
  title: string;
  /** One line under the title: what the group decides here. */
  purpose: string;
  Screen: ComponentType;
}

/** The guided agenda, in order. Each screen reads and edits the open workshop via the editor store. */
export const STEPS: StepDefinition[] = [
  { id: 'participants', title: 'Participants & context', purpose: 'Who is in the room, for which organisation and quarter.', Screen: lazy(() => import('./participants/ParticipantsStep')) },
  { id: 'maturity', title: 'Maturity check', purpose: 'Each team rates alignment on its own; the gap starts the conversation.', Screen: lazy(() => import('./maturity/MaturityStep')) },
  { id: 'lead-definition', title: 'Lead definition', purpose: 'Lifecycle stages, ideal customer, qualifiers and what “sales-ready” means.', Screen: lazy(() => import('./lead-definition/LeadDefinitionStep')) },
  { id: 'scoring', title: 'Scoring criteria', purpose: 'Drag criteria into tiers; points follow from the placement.', Screen: lazy(() => import('./scoring/ScoringStep')) },
  { id: 'goals', title: 'Shared goals', purpose: 'One revenue number drives the funnel both teams own.', Screen: lazy(() => import('./goals/GoalsStep')) },
  { id: 'incentives', title: 'Incentive splits', purpose: 'How the variable pay pool rewards both sides.', Screen: lazy(() => import('./incentives/IncentivesStep')) },
  { id: 'commitments', title: 'SLA commitments', purpose: 'What each side promises, measured and dated.', Screen: lazy(() => import('./commitments/CommitmentsStep')) },
  { id: 'review', title: 'Review & sign', purpose: 'The whole agreement on one page; each signer signs in turn.', Screen: lazy(() => import('./review/ReviewStep')) },
  { id: 'export', title: 'Export', purpose: 'A sealed PDF anyone can verify.', Screen: lazy(() => import('./export/ExportStep')) },
];

export const stepIndex = (id: StepId) => STEPS.findIndex((s) => s.id === id);
export const stepById = (id: StepId) => STEPS[stepIndex(id)];
