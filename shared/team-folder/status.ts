import type { AgreementFile } from '../model/agreement';

export type FolderRecordStatus = 'verified' | 'unconfirmed' | 'tampered' | 'incomplete' | 'duplicate' | 'removed';

/** One record of the team folder as this laptop read it. */
export interface TeamFolderRecord {
  path: string;
  status: FolderRecordStatus;
  agreementId: string | null;
  versionId: string | null;
  version: number | null;
  label: string | null;
  /** The seal's certificate subject ("CN=Common Ground seal (maya-laptop)"), i.e. which laptop wrote it. */
  sealedBy: string | null;
  fingerprint: string | null;
  sealedAt: string | null;
  /** When this laptop first saw the file. */
  seenAt: string;
  note: string;
}

export interface TeamCertificate {
  fingerprint: string;
  subject: string;
  validUntil: string;
  /** This install's own certificate. */
  own: boolean;
  /** Trusted on this laptop (its own always is). */
  trusted: boolean;
}

export interface TeamFolderStatus {
  folder: string | null;
  records: TeamFolderRecord[];
  certificates: TeamCertificate[];
  scannedAt: string | null;
  /** How far the running scan is (files read of files found); null when none runs. */
  progress: { done: number; total: number } | null;
  /** The folder's change counter (see watchTeamFolder). */
  revision: number;
  /** Whether this shell can show a folder chooser (the desktop app); the web harness takes a typed path. */
  canChoose: boolean;
}

/** A scan's news: records whose status changed, with the agreement of each new readable one to index. */
export interface TeamFolderScan {
  status: TeamFolderStatus;
  changed: (TeamFolderRecord & { agreement: AgreementFile | null })[];
  cancelled: boolean;
}
