import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type CommonGroundDb } from '../../../../renderer/src/db/database';
import { createSampleWorkshop, createWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import { addSignature, reviseVersion } from '../../../../renderer/src/db/repositories/signing';
import { readVersionIntegrity } from '../../../../renderer/src/db/repositories/integrity';
import { contentHash } from '../../../../shared/rules/canonical';
import { rulesInEffect } from '../../../../shared/rules/rules-version';
import { RULES_VERSION, type AgreementVersion } from '../../../../shared/model/agreement';
import type { Signature } from '../../../../shared/model/signatures';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';
let db: CommonGroundDb;
let versionId: string;

beforeEach(async () => {
  db = openDatabase(`rules-${Math.random()}`);
  versionId = (await createSampleWorkshop(db)).versionId;
});
afterEach(async () => db.delete());

function signatureOf(version: AgreementVersion, participantId: string): Signature {
  const person = version.content.participants.find((p) => p.id === participantId)!;
  const at = new Date().toISOString();
  return { id: `sig-${participantId}`, participantId, name: person.name, title: person.title, team: person.team, method: 'typed', image: PNG, consentText: 'I agree.', consentAt: at, signedAt: at, timeZone: 'UTC', contentHash: contentHash(version.content) };
}

async function signBoth(id: string): Promise<AgreementVersion> {
  const draft = (await db.versions.get(id))!;
  await addSignature(id, signatureOf(draft, 'p-mary'), db);
  return addSignature(id, signatureOf(draft, 'p-sammy'), db);
}

describe('each version records the rules its figures were computed with', () => {
  it('a new draft is made with today’s rules, and the first signature fixes them', async () => {
    expect((await db.versions.get(versionId))!.rulesVersion).toBe(RULES_VERSION);
    const signed = await signBoth(versionId);
    expect(signed.rulesVersion).toBe(RULES_VERSION);
    expect(rulesInEffect(signed)).toBe(RULES_VERSION);
  });

  it('a revision or next quarter of a version signed under rules 1 stays signed under 1; the new draft says what today’s rules change', async () => {
    const signed = await signBoth(versionId);
    // A version signed before rules had versions (as stored by earlier releases): no rulesVersion at all.
    const { rulesVersion: _dropped, ...old } = signed;
    await db.versions.put(old as AgreementVersion);
    const { version: revision } = await reviseVersion(versionId, db);
    expect(revision.rulesVersion).toBe(1);
    expect(rulesInEffect(revision)).toBe(RULES_VERSION);
    expect(rulesInEffect((await db.versions.get(versionId))!)).toBe(1);
    const next = await createWorkshop({ organisation: 'Acme', title: 'SLA', quarter: '2027-Q2', date: '2027-04-01' }, { kind: 'version', versionId }, db);
    expect((await db.versions.get(next.versionId))!.rulesVersion).toBe(1);
  });

  it('a signed version whose rules version was changed in the database is shown as changed outside the app', async () => {
    await signBoth(versionId);
    expect(await readVersionIntegrity(versionId, db)).toEqual([]);
    await db.versions.update(versionId, { rulesVersion: 1 });
    expect(await readVersionIntegrity(versionId, db)).toContain(`The audit trail records it as signed under rules version ${RULES_VERSION}, but it now says rules version 1.`);
  });
});
