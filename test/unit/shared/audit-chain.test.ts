import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AuditEventSchema, type AuditEvent } from '../../../shared/model/audit';
import { canonicalJson, sha256Hex } from '../../../shared/rules/canonical';
import { appendAuditEvent, verifyAuditChain, type AuditFields } from '../../../shared/rules/audit-chain';

const fields = (n: number, over: Partial<AuditFields> = {}): AuditFields => ({
  id: `e${n}`,
  agreementId: 'agr-1',
  versionId: 'ver-1',
  kind: 'edited',
  actor: 'Facilitator',
  detail: `change ${n}`,
  at: `2027-01-15T09:00:${String(n % 60).padStart(2, '0')}.000Z`,
  timeZone: 'Europe/Berlin',
  device: 'laptop',
  appVersion: '0.1.0',
  ...over,
});

function chain(length: number, agreementId = 'agr-1'): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let i = 0; i < length; i++) events.push(appendAuditEvent(events[i - 1] ?? null, fields(i, { agreementId, id: `${agreementId}-e${i}` })));
  return events;
}

describe('appendAuditEvent', () => {
  it('links to the previous hash and hashes everything but its own hash', () => {
    const first = appendAuditEvent(null, fields(0, { kind: 'created' }));
    expect(first.previousHash).toBe('');
    const { hash, ...rest } = first;
    expect(hash).toBe(sha256Hex(canonicalJson(rest)));
    const second = appendAuditEvent(first, fields(1));
    expect(second.previousHash).toBe(first.hash);
    expect(second.hash).not.toBe(first.hash);
    expect(AuditEventSchema.parse(second)).toEqual(second);
  });

  it('gives an id and an empty detail when left out', () => {
    const { id: _id, detail: _detail, ...rest } = fields(0);
    const event = appendAuditEvent(null, rest);
    expect(event.id.length).toBeGreaterThan(0);
    expect(event.detail).toBe('');
  });

  it('refuses to chain events of different agreements', () => {
    const first = appendAuditEvent(null, fields(0));
    expect(() => appendAuditEvent(first, fields(1, { agreementId: 'agr-2' }))).toThrow(/same agreement/);
  });
});

describe('verifyAuditChain', () => {
  it('accepts an intact chain, an empty one, and interleaved agreements', () => {
    expect(verifyAuditChain(chain(5))).toEqual({ ok: true });
    expect(verifyAuditChain([])).toEqual({ ok: true });
    const a = chain(3, 'agr-a');
    const b = chain(3, 'agr-b');
    expect(verifyAuditChain([a[0], b[0], a[1], b[1], b[2], a[2]])).toEqual({ ok: true });
  });

  it('detects a removed or swapped event', () => {
    const events = chain(4);
    expect(verifyAuditChain([events[0], events[2], events[3]])).toMatchObject({ ok: false, brokenAt: 1 });
    expect(verifyAuditChain([events[0], events[2], events[1], events[3]])).toMatchObject({ ok: false, brokenAt: 1 });
  });

  it('detects any modified field of any event', () => {
    const keys = ['actor', 'detail', 'at', 'kind', 'versionId', 'device', 'hash'] as const;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.nat(), fc.constantFrom(...keys), (length, pick, key) => {
        const events = chain(length);
        const index = pick % length;
        const tampered = events.map((e) => ({ ...e }));
        const original = tampered[index][key];
        tampered[index] = { ...tampered[index], [key]: key === 'kind' ? (original === 'signed' ? 'edited' : 'signed') : key === 'hash' ? sha256Hex(String(original)) : `${original}x` };
        const result = verifyAuditChain(tampered);
        expect(result.ok).toBe(false);
        expect(result.brokenAt).toBe(index);
        expect(result.reason).toMatch(/changed after it was recorded/);
      }),
    );
  });
});
