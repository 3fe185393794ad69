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

/**
 * The version of the rules (shared/rules) that compute an agreement's figures from its content.
 * Bumped whenever a rule starts to read the same content differently; a version records the rules
 * it was signed under, so a signed figure keeps meaning what it meant (shared/rules/rules-version.ts).
 * 1: the first release. 2: the incentive plan in standard compensation terms, decay that halves
 * every N days, one lead reader, a funnel that refuses a 0 % rate.
 */
export const RULES_VERSION = 2;

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
  /**
   * The rules version the figures were computed with: set when a version is made and fixed by the
   * first signature. Absent on versions stored before rules had versions: they are version 1.
   */
  rulesVersion: z
    .number()
    .int()
    .min(1)
    .max(RULES_VERSION, `This agreement was computed with rules newer than this app knows (version ${RULES_VERSION} is the newest here). Update Common Ground to open it.`)
    .optional(),
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
