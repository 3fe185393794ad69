import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type CommonGroundDb } from '../../../../renderer/src/db/database';
import { createSampleWorkshop, saveDraftContent } from '../../../../renderer/src/db/repositories/workshops';
import { addSignature, beginSigning, importAgreementFile, reviseVersion } from '../../../../renderer/src/db/repositories/signing';
import { loadAuditChain, recordAuditEvent } from '../../../../renderer/src/db/repositories/audit';
import { verifyAuditChain } from '../../../../shared/rules/audit-chain';
import { contentHash } from '../../../../shared/rules/canonical';
import { SCHEMA_VERSION, type AgreementVersion } from '../../../../shared/model/agreement';
import type { Signature } from '../../../../shared/model/signatures';
import { AppFailure } from '../../../../shared/ipc/result';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';
let db: CommonGroundDb;
let versionId: string;

beforeEach(async () => {
  db = openDatabase(`signing-${Math.random()}`);
  const workshop = await createSampleWorkshop(db);
  versionId = workshop.versionId;
});
afterEach(async () => db.delete());

function signatureOf(version: AgreementVersion, participantId: string, hash = contentHash(version.content)): Signature {
  const person = version.content.participants.find((p) => p.id === participantId)!;
  const at = new Date().toISOString();
  return { id: `sig-${participantId}`, participantId, name: person.name, title: person.title, team: person.team, method: 'typed', image: PNG, consentText: 'I agree to sign electronically.', consentAt: at, signedAt: at, timeZone: 'Europe/Berlin', contentHash: hash };
}

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof AppFailure ? error.code : `other: ${(error as Error).message}`;
  }
}

describe('signing', () => {
  it('the first signature freezes the version and stores the canonical content hash', async () => {
    const draft = (await db.versions.get(versionId))!;
    expect(draft.contentHash).toBeNull();
    const session = await beginSigning(versionId, db);
    expect(session.contentHash).toBe(contentHash(draft.content));
    expect(session.missing).toEqual(['Marketing', 'Sales']);

    const after = await addSignature(versionId, signatureOf(draft, 'p-mary'), db);
    expect(after.status).toBe('signing');
    expect(after.contentHash).toBe(contentHash(draft.content));
    expect(after.frozenAt).not.toBeNull();
    const stored = (await db.versions.get(versionId))!;
    expect(stored.signatures.map((s) => s.name)).toEqual(['Mary Marketer']);

    const done = await addSignature(versionId, signatureOf(draft, 'p-sammy'), db);
    expect(done.status).toBe('signed');
    expect(done.frozenAt).toBe(after.frozenAt);
  });

  it('refuses any later edit of a frozen version with FROZEN', async () => {
    const draft = (await db.versions.get(versionId))!;
    await addSignature(versionId, signatureOf(draft, 'p-mary'), db);
    const edited = { ...draft.content, title: 'Changed after signing' };
    expect(await code(saveDraftContent(versionId, edited, db))).toBe('FROZEN');
    expect((await db.versions.get(versionId))!.content.title).toBe(draft.content.title);
  });

  it('refuses a signature over a different hash, a stranger, and a second signature by the same person', async () => {
    const draft = (await db.versions.get(versionId))!;
    expect(await code(addSignature(versionId, signatureOf(draft, 'p-mary', 'a'.repeat(64)), db))).toBe('BAD_INPUT');
    expect((await db.versions.get(versionId))!.contentHash).toBeNull();

    const stranger = { ...signatureOf(draft, 'p-mary'), participantId: 'p-nobody' };
    expect(await code(addSignature(versionId, stranger, db))).toBe('BAD_INPUT');

    await addSignature(versionId, signatureOf(draft, 'p-mary'), db);
    const twice = { ...signatureOf(draft, 'p-mary'), id: 'sig-again' };
    expect(await code(addSignature(versionId, twice, db))).toBe('BAD_INPUT');
    expect((await db.versions.get(versionId))!.signatures).toHaveLength(1);
  });

  it('takes the signer name and team from the participant list, not from the caller', async () => {
    const draft = (await db.versions.get(versionId))!;
    const forged = { ...signatureOf(draft, 'p-mary'), name: 'Someone Else', team: 'Sales' as const };
    const after = await addSignature(versionId, forged, db);
    expect(after.signatures[0]).toMatchObject({ name: 'Mary Marketer', team: 'Marketing' });
    expect(after.status).toBe('signing');
  });

  it('revise makes version 2 as an unsigned draft; version 1 keeps its signatures until v2 is signed', async () => {
    const draft = (await db.versions.get(versionId))!;
    await addSignature(versionId, signatureOf(draft, 'p-mary'), db);
    await addSignature(versionId, signatureOf(draft, 'p-sammy'), db);
    const { version: v2, workshop } = await reviseVersion(versionId, db);
    expect(v2).toMatchObject({ version: 2, status: 'draft', signatures: [], contentHash: null, previousVersionId: versionId, agreementId: draft.agreementId });
    expect(workshop.versionId).toBe(v2.id);
    expect(v2.content).toEqual(draft.content);
    const v1 = (await db.versions.get(versionId))!;
    expect(v1.status).toBe('signed');
    expect(v1.signatures).toHaveLength(2);
    // Asking again returns the same draft rather than a third version.
    expect((await reviseVersion(versionId, db)).version.id).toBe(v2.id);

    await saveDraftContent(v2.id, { ...v2.content, title: 'Revised agreement' }, db);
    const v2Draft = (await db.versions.get(v2.id))!;
    await addSignature(v2.id, signatureOf(v2Draft, 'p-connie'), db);
    await addSignature(v2.id, signatureOf(v2Draft, 'p-victor'), db);
    expect((await db.versions.get(versionId))!.status).toBe('superseded');
    expect(await code(addSignature(versionId, signatureOf(draft, 'p-victor', v1.contentHash!), db))).toBe('FROZEN');
  });

  it('refuses to revise a draft', async () => {
    expect(await code(reviseVersion(versionId, db))).toBe('BAD_INPUT');
  });

  it('requires a Leadership signature when the agreement asks for one', async () => {
    const draft = (await db.versions.get(versionId))!;
    await saveDraftContent(versionId, { ...draft.content, leadershipSignatureRequired: true }, db);
    expect(await code(beginSigning(versionId, db))).toBe('BAD_INPUT');
  });
});

describe('audit chain', () => {
  it('records created, consent, frozen, signed, completed, revised and exported events in one verifiable chain', async () => {
    const draft = (await db.versions.get(versionId))!;
    await addSignature(versionId, signatureOf(draft, 'p-mary'), db);
    await addSignature(versionId, signatureOf(draft, 'p-sammy'), db);
    const { version: v2 } = await reviseVersion(versionId, db);
    await recordAuditEvent(db, { agreementId: draft.agreementId, versionId: v2.id, kind: 'exported', actor: 'Facilitator', detail: `sha256 ${'b'.repeat(64)}` });
    const chain = await loadAuditChain(draft.agreementId, db);
    expect(chain.map((e) => e.kind)).toEqual(['created', 'consent', 'frozen', 'signed', 'consent', 'signed', 'completed', 'revised', 'exported']);
    expect(verifyAuditChain(chain)).toEqual({ ok: true });
    expect(chain[0].previousHash).toBe('');
    expect(chain[1].previousHash).toBe(chain[0].hash);
    expect(chain.every((e) => e.appVersion.length > 0 && e.timeZone.length > 0 && e.device.length > 0)).toBe(true);

    // Tampering with a stored event breaks the chain at that event.
    await db.auditEvents.update(chain[3].id, { detail: 'forged' });
    const broken = verifyAuditChain(await loadAuditChain(draft.agreementId, db));
    expect(broken.ok).toBe(false);
    expect(broken.brokenAt).toBe(3);
  });
});

describe('import from a PDF', () => {
  it('imports an agreement once and refuses the duplicate clearly', async () => {
    const draft = (await db.versions.get(versionId))!;
    const signed = await addSignature(versionId, signatureOf(draft, 'p-mary'), db);
    const other = openDatabase(`import-${Math.random()}`);
    try {
      const file = { kind: 'common-ground/agreement', schemaVersion: SCHEMA_VERSION, version: signed };
      const { version, workshop } = await importAgreementFile(file, other);
      expect(version.id).toBe(signed.id);
      expect(workshop.versionId).toBe(signed.id);
      await expect(importAgreementFile(file, other)).rejects.toThrow(/already in your library/);
      const tampered = { ...file, version: { ...signed, id: 'other-id', content: { ...signed.content, title: 'Tampered' } } };
      await expect(importAgreementFile(tampered, other)).rejects.toThrow(/changed after signing/);
      await expect(importAgreementFile({ kind: 'nonsense' }, other)).rejects.toThrow(/not valid/);
    } finally {
      await other.delete();
    }
  });
});
