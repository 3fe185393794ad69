import { z } from 'zod';
import { TeamSchema, idSchema, shortText } from './team';

/**
 * Proof that this signature was captured on a Common Ground install: an RSA-SHA256 signature by that
 * install's seal key over the canonical witness statement (shared/rules/provenance.ts). Optional, so
 * signatures stored before receipts existed stay valid; a signature without one is simply not witnessed.
 */
export const WitnessReceiptSchema = z.object({
  /** SHA-256 of the DER certificate whose key signed the statement, lowercase hex. */
  certificateFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  /** The RSA signature, base64. */
  signature: z
    .string()
    .min(16)
    .max(2048)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/),
});
export type WitnessReceipt = z.infer<typeof WitnessReceiptSchema>;

export const SignatureSchema = z.object({
  id: idSchema,
  participantId: idSchema,
  name: shortText('Signer name', 120),
  title: z.string().max(120).default(''),
  team: TeamSchema,
  method: z.enum(['drawn', 'typed']),
  /** PNG data URL of the drawn or typeset signature. */
  image: z.string().startsWith('data:image/png;base64,').max(2_000_000),
  consentText: z.string().min(1).max(2000),
  consentAt: z.iso.datetime(),
  signedAt: z.iso.datetime(),
  timeZone: z.string().min(1).max(64),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  receipt: WitnessReceiptSchema.optional(),
});
export type Signature = z.infer<typeof SignatureSchema>;
