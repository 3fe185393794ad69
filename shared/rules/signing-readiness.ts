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
  /** True when the first signer should confirm first: someone objects or a question is still parked. */
  needsConfirmation: boolean;
}

/**
 * What is still open before signing. Missing votes are listed but do not stop a signature on
 * their own (a group may skip the ritual); an objection or an unanswered parked question does.
 */
export function openBeforeSigning(workshop: { consents: readonly Consent[]; parkingLot: readonly ParkingItem[] }, steps: readonly StepId[] = CONSENT_STEPS): OpenBeforeSigning {
  const items = openItems(workshop.consents, steps);
  const objections = items.filter((i) => i.state === 'objection');
  const undecided = items.filter((i) => i.state === 'open');
  const parked = workshop.parkingLot.filter((p) => !p.resolved);
  return { objections, undecided, parked, needsConfirmation: objections.length > 0 || parked.length > 0 };
}

/** Only the first signature asks: it freezes the content, so that is when objections still matter. */
export const confirmBeforeSigning = (version: Pick<AgreementVersion, 'signatures' | 'contentHash'>, open: OpenBeforeSigning): boolean =>
  version.signatures.length === 0 && version.contentHash === null && open.needsConfirmation;
