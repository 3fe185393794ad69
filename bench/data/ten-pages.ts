/**
 * The export scenario's document: the signed fixture agreement grown by realistic extra
 * commitments until it lays out on ten pages, then re-frozen (content hash and
 * signatures updated) exactly as signing would, so it is a valid sealable version.
 */
import { readFileSync } from 'node:fs';
import { AgreementFileSchema, type AgreementVersion } from '../../shared/model/agreement';
import { AuditEventSchema, type AuditEvent } from '../../shared/model/audit';
import { contentHash } from '../../shared/rules/canonical';

export function loadSignedFixture(): { version: AgreementVersion; auditEvents: AuditEvent[] } {
  const json = JSON.parse(readFileSync('test/fixtures/signed-agreement.json', 'utf8')) as { auditEvents: unknown[] };
  return { version: AgreementFileSchema.parse(json).version, auditEvents: json.auditEvents.map((e) => AuditEventSchema.parse(e)) };
}

/**
 * The fixture with `extraRows` more commitment rows: 48 lay it out on ten pages (since sections
 * flow together instead of starting new pages, 10 extra rows fill only eight).
 */
export const EXTRA_COMMITMENTS = 48;
export function grownAgreement(extraRows = EXTRA_COMMITMENTS): { version: AgreementVersion; auditEvents: AuditEvent[] } {
  const { version, auditEvents } = loadSignedFixture();
  const c = version.content;
  const rows = [...c.commitments.rows];
  for (let i = 1; i <= extraRows; i += 1) {
    rows.push({ ...rows[i % rows.length]!, id: `c-extra-${i}`, commitment: `Regional follow-up commitment ${i}: hand over every accepted lead with notes`, overridden: true, derivedFrom: null });
  }
  const content = { ...c, commitments: { ...c.commitments, rows } };
  const hash = contentHash(content);
  return { version: { ...version, content, contentHash: hash, signatures: version.signatures.map((s) => ({ ...s, contentHash: hash })) }, auditEvents };
}
