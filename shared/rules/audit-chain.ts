import type { AuditEvent } from '../model/audit';
import { canonicalJson, sha256Hex } from './canonical';
import { newId } from './ids';

/**
 * The audit trail is a hash chain per agreement: each event stores the hash of the one before
 * it, and its own hash covers every other field. Editing, deleting or reordering any event
 * breaks the chain from that point on.
 */

export type AuditFields = Omit<AuditEvent, 'id' | 'previousHash' | 'hash' | 'detail'> & { id?: string; detail?: string };

/** SHA-256 over the canonical JSON of the event without its own hash. */
export function auditEventHash(event: Omit<AuditEvent, 'hash'>): string {
  return sha256Hex(canonicalJson(event));
}

/** Builds the next event of an agreement's chain; pass null for its first event. */
export function appendAuditEvent(previous: AuditEvent | null, fields: AuditFields): AuditEvent {
  if (previous && previous.agreementId !== fields.agreementId) {
    throw new Error('An audit event can only follow an event of the same agreement.');
  }
  const { id, detail, ...rest } = fields;
  const unsigned: Omit<AuditEvent, 'hash'> = { ...rest, id: id ?? newId(), detail: detail ?? '', previousHash: previous?.hash ?? '' };
  return { ...unsigned, hash: auditEventHash(unsigned) };
}

export interface AuditChainCheck {
  ok: boolean;
  /** Index in the given list of the first event that does not fit its chain. */
  brokenAt?: number;
  reason?: string;
}

/**
 * Checks events in stored order (oldest first). Events of several agreements may be mixed:
 * each agreement's events form their own chain.
 */
export function verifyAuditChain(events: readonly AuditEvent[]): AuditChainCheck {
  const lastHash = new Map<string, string>();
  for (let i = 0; i < events.length; i++) {
    const { hash, ...unsigned } = events[i];
    if (auditEventHash(unsigned) !== hash) {
      return { ok: false, brokenAt: i, reason: `Event ${i + 1} (${events[i].kind}) was changed after it was recorded.` };
    }
    const expected = lastHash.get(events[i].agreementId) ?? '';
    if (events[i].previousHash !== expected) {
      return { ok: false, brokenAt: i, reason: `Event ${i + 1} (${events[i].kind}) does not follow the event before it: one was removed, inserted or moved.` };
    }
    lastHash.set(events[i].agreementId, hash);
  }
  return { ok: true };
}
