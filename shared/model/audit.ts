import { z } from 'zod';
import { idSchema } from './team';

/**
 * What an event records. New kinds are only ever appended, so every stored chain stays valid:
 * 'overridden' = a signer signed while objections or parked questions were still open;
 * 'completed' = the signature that completed the required set (names who gave it);
 * 'room' = answers that came from phones in the room (counts, never who answered what).
 */
export const AUDIT_KINDS = ['created', 'edited', 'consent', 'signed', 'frozen', 'revised', 'exported', 'imported', 'restored', 'deleted', 'overridden', 'completed', 'room'] as const;

export const AuditEventSchema = z.object({
  id: idSchema,
  agreementId: idSchema,
  versionId: idSchema,
  kind: z.enum(AUDIT_KINDS),
  actor: z.string().max(120),
  detail: z.string().max(2000).default(''),
  at: z.iso.datetime(),
  timeZone: z.string().max(64),
  device: z.string().max(200),
  appVersion: z.string().max(40),
  /** SHA-256 of the previous event of the same agreement (a chain); '' for the first. */
  previousHash: z.string().max(64),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;
