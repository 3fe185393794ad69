import { z } from 'zod';
import { idSchema, shortText } from './team';
import { QuarterSchema } from './quarter';
import { ParticipantListSchema } from './participants';
import { LeadDefinitionSchema } from './lead-definition';
import { ScoringModelSchema } from './scoring';
import { GoalsSchema } from './goals';
import { IncentivesSchema } from './incentives';
import { CommitmentsSchema } from './commitments';
import { SignatureSchema } from './signatures';

/** Bumped whenever the stored shape changes; imports from a newer version are refused. */
export const SCHEMA_VERSION = 1;

export const AgreementContentSchema = z.object({
  organisation: shortText('Organisation', 120),
  title: shortText('Title', 160),
  quarter: QuarterSchema,
  date: z.iso.date('Date must be a valid date (YYYY-MM-DD)'),
  facilitator: z.string().trim().max(120).default(''),
  locale: z.string().min(2).max(20).default('en-US'),
  currency: z.string().length(3, 'Currency is a three-letter code such as USD').default('USD'),
  participants: ParticipantListSchema,
  leadDefinition: LeadDefinitionSchema,
  scoring: ScoringModelSchema,
  goals: GoalsSchema,
  incentives: IncentivesSchema,
  commitments: CommitmentsSchema,
  /** Which teams must sign: at least one Marketing and one Sales signer always. */
  leadershipSignatureRequired: z.boolean().default(false),
});
export type AgreementContent = z.infer<typeof AgreementContentSchema>;

export const VersionStatusSchema = z.enum(['draft', 'signing', 'signed', 'superseded', 'archived']);
export type VersionStatus = z.infer<typeof VersionStatusSchema>;

export const AgreementVersionSchema = z.object({
  id: idSchema,
  /** Shared by every version of the same agreement. */
  agreementId: idSchema,
  version: z.number().int().min(1),
  status: VersionStatusSchema,
  content: AgreementContentSchema,
  /** SHA-256 of the canonical content, set when the first signature freezes the version. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/).nullable().default(null),
  signatures: z.array(SignatureSchema).max(50).default([]),
  previousVersionId: idSchema.nullable().default(null),
  workshopId: idSchema.nullable().default(null),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  frozenAt: z.iso.datetime().nullable().default(null),
});
export type AgreementVersion = z.infer<typeof AgreementVersionSchema>;

export const AgreementFileSchema = z.object({
  kind: z.literal('common-ground/agreement'),
  schemaVersion: z.number().int().min(1),
  version: AgreementVersionSchema,
});
export type AgreementFile = z.infer<typeof AgreementFileSchema>;

export const titleOf = (v: Pick<AgreementVersion, 'content' | 'version'>) =>
  `${v.content.organisation} · ${v.content.quarter} · v${v.version}`;

export { shortText };
