import type { AgreementVersion } from '../model/agreement';
import type { Team } from '../model/team';
import { isFullySigned, missingTeams } from './signers';

const SEALABLE_STATUSES: readonly AgreementVersion['status'][] = ['signed', 'superseded', 'archived'];

export interface ExportReadiness {
  /** A sealed PDF needs frozen content, a finished status and a signature from every required team. */
  sealable: boolean;
  /** Required teams still without a signature (empty when sealable). */
  missing: Team[];
}

/** Whether the PDF is sealed or a watermarked draft, and why not. */
export function exportReadiness(version: Pick<AgreementVersion, 'status' | 'contentHash' | 'content' | 'signatures'>): ExportReadiness {
  const missing = missingTeams(version.content, version.signatures);
  const sealable = version.contentHash !== null && SEALABLE_STATUSES.includes(version.status) && isFullySigned(version.content, version.signatures);
  return { sealable, missing };
}
