import { z } from 'zod';
import { returns } from './returns';
import { idSchema, TeamSchema } from '../../model/team';
import { SignatureSchema, WitnessReceiptSchema, type WitnessReceipt } from '../../model/signatures';
import { WITNESS_STATEMENT_KIND, type Provenance } from '../../rules/provenance';
import type { CertificateInfo } from './pdf';

const hash = z.string().regex(/^[0-9a-f]{64}$/);

/** A witness statement as the renderer sends it for a provenance question (shared/rules/provenance.ts). */
export const WitnessStatementSchema = z
  .object({
    kind: z.literal(WITNESS_STATEMENT_KIND),
    agreementId: idSchema,
    version: z.number().int().min(1),
    contentHash: hash,
    signatureId: idSchema,
    participantId: idSchema,
    name: z.string().min(1).max(120),
    title: z.string().max(120),
    team: TeamSchema,
    method: z.enum(['drawn', 'typed']),
    imageSha256: hash,
    consentText: z.string().min(1).max(2000),
    consentAt: z.iso.datetime(),
    signedAt: z.iso.datetime(),
    timeZone: z.string().min(1).max(64),
  })
  .strict();

export const ProvenanceItemSchema = z
  .object({
    agreementId: idSchema,
    version: z.number().int().min(1),
    contentHash: hash.nullable(),
    signatures: z.array(z.object({ statement: WitnessStatementSchema, receipt: WitnessReceiptSchema.nullable() }).strict()).max(50),
  })
  .strict();

/** The answer for one version, in the order asked. */
export interface ProvenanceAnswer {
  provenance: Provenance;
  /** For 'sealed-original': who sealed the kept file, and whether this install knows that certificate. */
  sealer: CertificateInfo | null;
}

export const MAX_PROVENANCE_ITEMS = 100;

export const witnessChannels = {
  /**
   * Signs a receipt for a signature being captured now on this install: RSA-SHA256 with this
   * install's seal key over the canonical witness statement. Refused for a signature whose time is
   * not now (an imported one cannot be witnessed after the fact).
   */
  witnessSignature: {
    channel: 'renderer:witness-signature',
    input: z
      .object({
        agreementId: idSchema,
        version: z.number().int().min(1),
        signature: SignatureSchema.omit({ receipt: true }).strict(),
      })
      .strict(),
    output: returns<WitnessReceipt>(),
  },
  /** Per version: witnessed here, kept as an original sealed PDF, unverified, or unsigned. */
  provenance: {
    channel: 'renderer:provenance',
    input: z.object({ items: z.array(ProvenanceItemSchema).min(1).max(MAX_PROVENANCE_ITEMS, `Ask about at most ${MAX_PROVENANCE_ITEMS} versions at once`) }).strict(),
    output: returns<{ items: ProvenanceAnswer[] }>(),
  },
} as const;
