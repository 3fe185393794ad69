import type { AgreementVersion } from '../model/agreement';
import type { AuditEvent } from '../model/audit';
import type { Team } from '../model/team';
import { checkIntegrity, type IntegrityInput } from './integrity';
import { isFullySigned, missingTeams } from './signers';

const SEALABLE_STATUSES: readonly AgreementVersion['status'][] = ['signed', 'superseded', 'archived'];

export interface ExportReadiness {
  /** A sealed PDF needs frozen content, a finished status, a signature from every required team and an intact record. */
  sealable: boolean;
  /** Required teams still without a signature (empty when sealable). */
  missing: Team[];
  /**
   * Why the record counts as changed outside the app (shared/rules/integrity), in plain words;
   * checked only when the agreement's audit events are given. Any problem means no seal.
   */
  problems: string[];
}

type ReadinessInput = Pick<AgreementVersion, 'status' | 'contentHash' | 'content' | 'signatures'>;

/**
 * Whether the PDF is sealed or a watermarked draft, and why not. Pass the agreement's audit events
 * (the export sends them along anyway) to refuse a seal for a record changed outside the app.
 */
export function exportReadiness(version: ReadinessInput): ExportReadiness;
export function exportReadiness(version: IntegrityInput, auditEvents: readonly AuditEvent[] | undefined): ExportReadiness;
export function exportReadiness(version: ReadinessInput | IntegrityInput, auditEvents?: readonly AuditEvent[]): ExportReadiness {
  const missing = missingTeams(version.content, version.signatures);
  const problems = auditEvents ? checkIntegrity(version as IntegrityInput, auditEvents) : [];
  const finished = version.contentHash !== null && SEALABLE_STATUSES.includes(version.status) && isFullySigned(version.content, version.signatures);
  return { sealable: finished && problems.length === 0, missing, problems };
}
