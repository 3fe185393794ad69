import type { z } from 'zod';
import { STEP_IDS, type ParkingItemSchema, type StepId } from '../model/workshop';
import type { AgreementVersion } from '../model/agreement';
import { openItems, type Consent, type OpenItem } from './consent';

type ParkingItem = z.infer<typeof ParkingItemSchema>;

/** The steps both teams consent to before signing: everything up to the review itself. */
export const CONSENT_STEPS: readonly StepId[] = STEP_IDS.filter((s) => s !== 'review' && s !== 'export');

export interface OpenBeforeSigning {
  /** Written objections and votes under three fingers, in agenda order. */
  objections: OpenItem[];
  /** Sections where a team has not voted yet. */
  undecided: OpenItem[];
  /** Parked questions nobody has marked resolved. */
  parked: ParkingItem[];
  /** Lifecycle stages of the lead definition with no entry criteria written (a stage added and left blank). */
  emptyStages: { id: string; name: string }[];
  /** True when the first signer should confirm first: someone objects, a question is still parked, or a stage says nothing. */
  needsConfirmation: boolean;
}

type StageInput = { id: string; name: string; entryCriteria: string };

/**
 * What is still open before signing. Missing votes are listed (on the review step and in the
 * confirmation) but do not stop a signature on their own: a group may skip the ritual, and the
 * review step says so. An objection, an unanswered parked question or a lifecycle stage without
 * entry criteria does: the first signature would freeze the agreement with it.
 */
export function openBeforeSigning(
  workshop: { consents: readonly Consent[]; parkingLot: readonly ParkingItem[] },
  steps: readonly StepId[] = CONSENT_STEPS,
  stages: readonly StageInput[] = [],
): OpenBeforeSigning {
  const items = openItems(workshop.consents, steps);
  const objections = items.filter((i) => i.state === 'objection');
  const undecided = items.filter((i) => i.state === 'open');
  const parked = workshop.parkingLot.filter((p) => !p.resolved);
  const emptyStages = stages.filter((s) => s.entryCriteria.trim() === '').map(({ id, name }) => ({ id, name }));
  return { objections, undecided, parked, emptyStages, needsConfirmation: objections.length > 0 || parked.length > 0 || emptyStages.length > 0 };
}

/** Only the first signature asks: it freezes the content, so that is when objections still matter. */
export const confirmBeforeSigning = (version: Pick<AgreementVersion, 'signatures' | 'contentHash'>, open: OpenBeforeSigning): boolean =>
  version.signatures.length === 0 && version.contentHash === null && open.needsConfirmation;
