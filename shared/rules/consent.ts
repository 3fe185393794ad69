import type { z } from 'zod';
import type { ConsentSchema, StepId } from '../model/workshop';
import { STEP_LABELS } from './agenda';

/**
 * Consent by fist of five, per step and per team. Marketing and Sales must both agree before
 * a step counts as settled; Leadership and RevOps may vote but never block.
 */

export type Consent = z.infer<typeof ConsentSchema>;
export type ConsentTeam = 'Marketing' | 'Sales';
export type ConsentState = 'agreed' | 'objection' | 'open';

export const CONSENT_TEAMS: readonly ConsentTeam[] = ['Marketing', 'Sales'];
/** Three fingers or more means "I can live with it". */
export const AGREE_FIST = 3;

/** The latest record wins: a team may change its vote. */
function latest(consents: readonly Consent[], step: StepId, team: ConsentTeam): Consent | undefined {
  for (let i = consents.length - 1; i >= 0; i--) {
    if (consents[i].step === step && consents[i].team === team) return consents[i];
  }
  return undefined;
}

/** A written objection, or fewer than three fingers, is an objection; no vote at all is open. */
function stateOf(consent: Consent | undefined): ConsentState {
  if (!consent) return 'open';
  if (consent.objection.trim() !== '') return 'objection';
  if (consent.fist === null) return 'open';
  return consent.fist >= AGREE_FIST ? 'agreed' : 'objection';
}

export function consentStatus(consents: readonly Consent[], step: StepId): Record<ConsentTeam, ConsentState> {
  return { Marketing: stateOf(latest(consents, step, 'Marketing')), Sales: stateOf(latest(consents, step, 'Sales')) };
}

export const isStepAgreed = (consents: readonly Consent[], step: StepId): boolean => {
  const status = consentStatus(consents, step);
  return status.Marketing === 'agreed' && status.Sales === 'agreed';
};

export interface OpenItem {
  step: StepId;
  team: ConsentTeam;
  state: Exclude<ConsentState, 'agreed'>;
  reason: string;
}

function reasonFor(step: StepId, team: ConsentTeam, consent: Consent | undefined): string {
  const where = STEP_LABELS[step];
  const objection = consent?.objection.trim() ?? '';
  if (objection !== '') return `${team} objects to ${where}: ${objection}`;
  if (consent && consent.fist !== null) return `${team} showed ${consent.fist} of 5 on ${where}; ${AGREE_FIST} or more is needed to agree.`;
  return `${team} has not given consent on ${where} yet.`;
}

/** Everything the review screen must flag before signing, in agenda order, Marketing before Sales. */
export function openItems(consents: readonly Consent[], steps: readonly StepId[]): OpenItem[] {
  const items: OpenItem[] = [];
  for (const step of steps) {
    for (const team of CONSENT_TEAMS) {
      const consent = latest(consents, step, team);
      const state = stateOf(consent);
      if (state !== 'agreed') items.push({ step, team, state, reason: reasonFor(step, team, consent) });
    }
  }
  return items;
}
