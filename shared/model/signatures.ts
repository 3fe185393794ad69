import { z } from 'zod';
import { TeamSchema, idSchema, shortText } from './team';

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
});
export type Signature = z.infer<typeof SignatureSchema>;
