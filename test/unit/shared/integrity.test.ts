import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AgreementVersion } from '../../../shared/model/agreement';
import type { AuditEvent } from '../../../shared/model/audit';
import { appendAuditEvent, auditEventHash, type AuditFields } from '../../../shared/rules/audit-chain';
import { contentHash } from '../../../shared/rules/canonical';
import { checkIntegrity, checkVersions, integrityRefusal, linkAuditChain, versionProblems } from '../../../shared/rules/integrity';
import { exportReadiness } from '../../../shared/rules/export-readiness';

/** The fixture's version: content, hash and signatures agree. */
const signed = (): AgreementVersion => (JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/signed-agreement.json'), 'utf8')) as { version: AgreementVersion }).version;

/** The trail the app writes for a version created here and signed by two people (signing.ts). */
function trailOf(version: AgreementVersion, kinds: [AuditEvent['kind'], string][] = appTrail(version)): AuditEvent[] {
  const events: AuditEvent[] = [];
  kinds.forEach(([kind, detail], i) => {
    const fields: AuditFields = { id: `e${i}`, agreementId: version.agreementId, versionId: version.id, kind, actor: 'Facilitator', detail, at: `2027-01-12T10:00:${String(i).padStart(2, '0')}.000Z`, timeZone: 'UTC', device: 'laptop', appVersion: '0.1.0' };
    events.push(appendAuditEvent(events.at(-1) ?? null, fields));
  });
  return events;
}
function appTrail(version: AgreementVersion): [AuditEvent['kind'], string][] {
  const hash = version.contentHash!;
  return [
    ['created', 'Version 1 created (template).'],
    ['consent', 'Consented'],
    ['frozen', `Version 1 frozen by the first signature. Content SHA-256 ${hash}`],
    ['signed', `Maya Fischer (Marketing) signed by drawing over SHA-256 ${hash}. Still to sign: Sales.`],
    ['consent', 'Consented'],
    ['signed', `Daniel Okoye (Sales) signed by typing over SHA-256 ${hash}. Every required team has signed: version 1 is signed.`],
  ];
}
/** Content and hash changed together, as a forger without the trail would. */
function rehashed(version: AgreementVersion, title: string): AgreementVersion {
  const content = { ...version.content, title };
  const hash = contentHash(content);
  return { ...version, content, contentHash: hash, signatures: version.signatures.map((s) => ({ ...s, contentHash: hash })) };
}

describe('checkIntegrity', () => {
  it('finds nothing wrong with a version and the trail the app wrote for it, in any stored order', () => {
    const version = signed();
    const events = trailOf(version);
    expect(checkIntegrity(version, events)).toEqual([]);
    expect(checkIntegrity(version, [...events].reverse())).toEqual([]);
    // A version with no trail at all (bench data, older imports) is judged on itself alone.
    expect(checkIntegrity(version, [])).toEqual([]);
  });

  it('a signed version flipped to draft', () => {
    const version = signed();
    const problems = checkIntegrity({ ...version, status: 'draft' }, trailOf(version));
    expect(problems).toContain('It is marked as a draft, yet it was frozen and carries 2 signatures.');
    expect(problems.join(' ')).toMatch(/audit trail records it as frozen and signed \(2 signatures\), but it is marked as a draft/);
  });

  it('a signed version turned back into a clean draft (hash and signatures removed too) is still caught by its trail', () => {
    const version = signed();
    const problems = checkIntegrity({ ...version, status: 'draft', contentHash: null, signatures: [] }, trailOf(version));
    expect(problems).toEqual([
      'The audit trail records it as frozen and signed (2 signatures), but it is marked as a draft.',
      'The audit trail records it as frozen, but it has no content hash any more.',
      'The audit trail records 2 signatures; the version carries 0.',
    ]);
  });

  it('an edited title, with or without the hashes recomputed', () => {
    const version = signed();
    const events = trailOf(version);
    expect(checkIntegrity({ ...version, content: { ...version.content, title: 'Quietly changed' } }, events)).toEqual([
      'Its content (a title, a name or a number) no longer matches the content hash it was signed with.',
    ]);
    expect(checkIntegrity(rehashed(version, 'Quietly changed'), events).join(' ')).toMatch(/audit trail records content SHA-256 [0-9a-f]{12}… \(frozen\), but the version carries/);
  });

  it('signatures that do not add up', () => {
    const version = signed();
    const events = trailOf(version);
    const [maya, daniel] = version.signatures;
    expect(checkIntegrity({ ...version, signatures: [maya!] }, events)).toEqual(['It is marked signed, but Sales never signed it.', 'The audit trail records 2 signatures; the version carries 1.']);
    expect(checkIntegrity({ ...version, signatures: [maya!, { ...daniel!, contentHash: 'f'.repeat(64) }] }, events)).toEqual(['The signature of Daniel Okoye was made over different content.']);
    // A signature the trail never recorded, on a version born here.
    const extra = { ...daniel!, id: 'sig-x', participantId: 'p-rosa', name: 'Rosa Lindqvist', team: 'RevOps' as const };
    expect(checkIntegrity({ ...version, signatures: [maya!, daniel!, extra] }, events)).toEqual(['The audit trail records 2 signatures; the version carries 3.']);
  });

  it('a version born here that was frozen without its first signature being recorded', () => {
    const version = signed();
    const events = trailOf(version, [['created', 'Version 1 created (template).']]);
    expect(checkIntegrity(version, events)).toEqual([
      'It was frozen, but the audit trail never recorded the first signature that froze it.',
      'The audit trail records 0 signatures; the version carries 2.',
    ]);
  });

  it('an imported version keeps the hash it was imported with', () => {
    const version = signed();
    const events = trailOf(version, [['imported', `Imported Northwind Analytics 2027-Q1 version 1 (signed) from an agreement file. Content SHA-256 ${version.contentHash}`]]);
    expect(checkIntegrity(version, events)).toEqual([]);
    expect(checkIntegrity(rehashed(version, 'Other'), events).join(' ')).toMatch(/\(imported\), but the version carries/);
  });

  it('a status that the signatures do not support', () => {
    const version = signed();
    expect(versionProblems({ ...version, status: 'archived', contentHash: null, signatures: [] })).toEqual([
      'It is marked archived but was never frozen (it has no content hash).',
      'It is marked archived, but Marketing and Sales never signed it.',
    ]);
    expect(versionProblems({ ...version, status: 'signing', signatures: [] })).toEqual(['It is marked as being signed but carries no signature.']);
    expect(versionProblems({ ...version, status: 'draft', contentHash: null, signatures: [] })).toEqual([]);
  });

  it('an edited, removed, inserted or reordered audit event', () => {
    const version = signed();
    const events = trailOf(version);
    const edited = events.map((e, i) => (i === 1 ? { ...e, detail: 'something else' } : e));
    expect(checkIntegrity(version, edited)).toEqual(['The audit trail was edited: Event 2 (consent) was changed after it was recorded.']);
    const removed = events.filter((_, i) => i !== 1);
    expect(checkIntegrity(version, removed)).toEqual(['4 events of the audit trail no longer follow the others: an event was removed, inserted or edited.']);
    // Edited with its own hash recomputed: the next event no longer points at it.
    const resealed = events.map((e, i) => {
      if (i !== 1) return e;
      const { hash: _hash, ...rest } = { ...e, detail: 'something else' };
      return { ...rest, hash: auditEventHash(rest) };
    });
    expect(checkIntegrity(version, resealed)).toEqual(['4 events of the audit trail no longer follow the others: an event was removed, inserted or edited.']);
    // A second first event (a trail grafted on) leaves one branch unlinked.
    const grafted = [...events, appendAuditEvent(null, { agreementId: version.agreementId, versionId: version.id, kind: 'imported', actor: 'x', at: '2027-01-13T00:00:00.000Z', timeZone: 'UTC', device: 'd', appVersion: '0' })];
    expect(checkIntegrity(version, grafted)).toHaveLength(1);
  });

  it('any change to any field of any event is noticed (property)', () => {
    const version = signed();
    const events = trailOf(version);
    const fields = ['kind', 'actor', 'detail', 'at', 'timeZone', 'device', 'appVersion', 'versionId', 'previousHash', 'hash'] as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: events.length - 1 }), fc.constantFrom(...fields), fc.string({ minLength: 1, maxLength: 8 }), (index, field, noise) => {
        const tampered = events.map((e, i) => (i === index ? { ...e, [field]: field === 'kind' ? (e.kind === 'consent' ? 'edited' : 'consent') : `${String(e[field])}${noise}` } : e));
        expect(checkIntegrity(version, tampered as AuditEvent[]).length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('ignores events of other agreements, and checks several versions with one trail check each', () => {
    const version = signed();
    const other = { ...signed(), id: 'ver-other', agreementId: 'agr-other' };
    const events = [...trailOf(version), ...trailOf(other)];
    expect(checkIntegrity(version, events)).toEqual([]);
    const results = checkVersions([version, { ...other, status: 'draft' }], events);
    expect(results[0]).toEqual([]);
    expect(results[1]!.length).toBeGreaterThan(0);
  });

  it('linkAuditChain follows the links, not the stored order or the clock', () => {
    const events = trailOf(signed());
    const shuffled = [events[3]!, events[0]!, events[5]!, events[1]!, events[4]!, events[2]!];
    expect(linkAuditChain(shuffled)).toEqual({ chain: events, unlinked: [] });
  });

  it('says in one sentence why an action is refused', () => {
    expect(integrityRefusal(['First.', 'Second.'], 'signed')).toBe(
      'This record was changed outside the app, so it cannot be signed: First. (and 1 more problem) Restore a backup from before the change, or import the original file again.',
    );
  });
});

describe('exportReadiness with the audit trail', () => {
  it('seals an intact signed version and refuses a seal when the record was changed outside the app', () => {
    const version = signed();
    const events = trailOf(version);
    expect(exportReadiness(version, events)).toEqual({ sealable: true, missing: [], problems: [] });
    const forged = exportReadiness(rehashed(version, 'Forged'), events);
    expect(forged.sealable).toBe(false);
    expect(forged.problems.length).toBeGreaterThan(0);
    // Without the trail the rule judges the version as before (the seal step still checks the content hash itself).
    expect(exportReadiness(rehashed(version, 'Forged')).sealable).toBe(true);
  });
});
