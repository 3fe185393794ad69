import { z } from 'zod';
import { AgreementVersionSchema } from '../../model/agreement';
import { AuditEventSchema } from '../../model/audit';
import type { TeamFolderScan, TeamFolderStatus } from '../../team-folder/status';
import { returns } from './returns';

export type { TeamFolderScan, TeamFolderStatus } from '../../team-folder/status';

export interface PublishedVersion {
  outcome: 'written' | 'already there' | 'name taken';
  path: string;
  message: string | null;
}

const empty = z.object({}).strict();

/** The team library folder: the folder is the truth for shared records, IndexedDB the index of it. */
export const teamFolderChannels = {
  getTeamFolder: { channel: 'renderer:get-team-folder', input: empty, output: returns<TeamFolderStatus>() },
  /** Opens the desktop's folder chooser; null when cancelled (the harness has none: set a path instead). */
  chooseTeamFolder: { channel: 'renderer:choose-team-folder', input: empty, output: returns<TeamFolderStatus | null>() },
  setTeamFolder: {
    channel: 'renderer:set-team-folder',
    input: z.object({ path: z.string().trim().min(1, 'Type the folder’s path').max(1000).nullable() }).strict(),
    output: returns<TeamFolderStatus>(),
  },
  scanTeamFolder: { channel: 'renderer:scan-team-folder', input: empty, output: returns<TeamFolderScan>() },
  cancelTeamFolderScan: { channel: 'renderer:cancel-team-folder-scan', input: empty, output: returns<null>() },
  /** Answers with the folder's change counter once it moves past `after` (or after a while): then scan again. */
  watchTeamFolder: { channel: 'renderer:watch-team-folder', input: z.object({ after: z.number().int().min(0) }).strict(), output: returns<{ revision: number }>() },
  publishToTeamFolder: {
    channel: 'renderer:publish-to-team-folder',
    input: z.object({ version: AgreementVersionSchema, auditEvents: z.array(AuditEventSchema).max(10_000).default([]) }).strict(),
    output: returns<PublishedVersion>(),
  },
  trustTeamCertificate: {
    channel: 'renderer:trust-team-certificate',
    input: z.object({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'Not a certificate fingerprint'), trusted: z.boolean() }).strict(),
    output: returns<TeamFolderStatus>(),
  },
} as const;
