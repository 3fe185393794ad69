import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db as defaultDb, openDatabase, type CommonGroundDb } from '../../../../renderer/src/db/database';
import { createSampleWorkshop, createWorkshop, saveWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import { addSignature } from '../../../../renderer/src/db/repositories/signing';
import { consentVoteChanges, loadAuditChain } from '../../../../renderer/src/db/repositories/audit';
import { auditEditedSteps, resetSittings, SITTING_MS, stepsEdited } from '../../../../renderer/src/stores/edit-audit';
import { verifyAuditChain } from '../../../../shared/rules/audit-chain';
import { contentHash } from '../../../../shared/rules/canonical';
import { AuditEventSchema } from '../../../../shared/model/audit';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { Signature } from '../../../../shared/model/signatures';
import type { Workshop } from '../../../../shared/model/workshop';
import { input } from './helpers';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

function signatureOf(version: AgreementVersion, participantId: string): Signature {
  const person = version.content.participants.find((p) => p.id === participantId)!;
  const at = new Date().toISOString();
  return { id: `sig-${participantId}`, participantId, name: person.name, title: person.title, team: person.team, method: 'typed', image: PNG, consentText: 'I agree.', consentAt: at, signedAt: at, timeZone: 'UTC', contentHash: contentHash(version.content) };
}

const kinds = async (database: CommonGroundDb, agreementId: string) => (await loadAuditChain(agreementId, database)).map((e) => e.kind);

describe('the edited events: one per step and sitting', () => {
  beforeEach(async () => {
    await defaultDb.delete();
    await defaultDb.open();
    resetSittings();
  });

  it('maps each part of the agreement to the step it is edited on, and ignores equal copies', () => {
    const base = { organisation: 'Acme', leadDefinition: { a: 1 }, scoring: { b: 1 }, leadershipSignatureRequired: false } as never;
    expect(stepsEdited(base, { ...(base as object), organisation: 'Acme Robotics', leadDefinition: { a: 2 } } as never).sort()).toEqual(['lead-definition', 'participants']);
    // A copy with equal values (a replayed journal entry, an undo) is no edit.
    expect(stepsEdited(base, { ...(base as object), scoring: { b: 1 } } as never)).toEqual([]);
    expect(stepsEdited(base, { ...(base as object), leadershipSignatureRequired: true } as never)).toEqual(['review']);
  });

  it('records each step once per sitting, again after ten minutes, and keeps the chain valid', async () => {
    const w = await createWorkshop(input('Acme'));
    const version = (await defaultDb.versions.get(w.versionId))!;
    const t0 = Date.parse('2027-01-12T09:00:00Z');
    await auditEditedSteps(version, ['participants', 'lead-definition'], t0);
    await auditEditedSteps(version, ['lead-definition'], t0 + 60_000);
    await auditEditedSteps(version, ['scoring'], t0 + 120_000);
    await auditEditedSteps(version, ['lead-definition', 'scoring'], t0 + SITTING_MS - 1);
    await auditEditedSteps(version, ['lead-definition'], t0 + SITTING_MS);
    const chain = await loadAuditChain(w.agreementId);
    const edited = chain.filter((e) => e.kind === 'edited').map((e) => e.detail);
    expect(edited).toEqual(['Participants edited in draft v1', 'Lead definition edited in draft v1', 'Scoring edited in draft v1', 'Lead definition edited in draft v1']);
    expect(verifyAuditChain(chain).ok).toBe(true);
  });
});

describe('consent votes', () => {
  let db: CommonGroundDb;
  let workshop: Workshop;
  beforeEach(async () => {
    db = openDatabase(`votes-${Math.random()}`);
    workshop = await createWorkshop(input('Acme'), { kind: 'template' }, db);
  });
  afterEach(async () => db.delete());

  const vote = (team: 'Marketing' | 'Sales', fist: number | null, objection = '') => ({ step: 'scoring' as const, team, fist, objection });

  it('records each vote a team shows, changes or takes back, with who and what', async () => {
    await saveWorkshop({ ...workshop, consents: [vote('Sales', 4)] }, db);
    await saveWorkshop({ ...workshop, consents: [vote('Sales', 2)] }, db);
    await saveWorkshop({ ...workshop, consents: [vote('Sales', 2), vote('Marketing', 5)] }, db);
    await saveWorkshop({ ...workshop, consents: [vote('Sales', null), vote('Marketing', 5)] }, db);
    const events = (await loadAuditChain(workshop.agreementId, db)).filter((e) => e.kind === 'consent');
    expect(events.map((e) => [e.actor, e.detail])).toEqual([
      ['Sales', 'Sales showed 4 of 5 on Scoring: can live with it.'],
      ['Sales', 'Sales showed 2 of 5 on Scoring: objects (was 4 of 5).'],
      ['Marketing', 'Marketing showed 5 of 5 on Scoring: can live with it.'],
      ['Sales', 'Sales took back its vote on Scoring (was 2 of 5).'],
    ]);
    expect(events.every((e) => e.versionId === workshop.versionId)).toBe(true);
    expect(verifyAuditChain(await loadAuditChain(workshop.agreementId, db)).ok).toBe(true);
  });

  it('records a written objection raised and withdrawn, but not each edit of its wording', async () => {
    await saveWorkshop({ ...workshop, consents: [vote('Marketing', null, 'Too')] }, db);
    await saveWorkshop({ ...workshop, consents: [vote('Marketing', null, 'Too heavy on webinars')] }, db);
    await saveWorkshop({ ...workshop, consents: [vote('Marketing', null, '')] }, db);
    const details = (await loadAuditChain(workshop.agreementId, db)).filter((e) => e.kind === 'consent').map((e) => e.detail);
    expect(details).toEqual(['Marketing wrote an objection on Scoring.', 'Marketing withdrew its written objection on Scoring.']);
  });

  it('records nothing for workshop changes that are not votes', async () => {
    await saveWorkshop({ ...workshop, parkingLot: [{ id: 'q1', text: 'Who owns webinars?', resolved: false, createdAt: new Date().toISOString() }] }, db);
    expect(await kinds(db, workshop.agreementId)).toEqual(['created']);
    expect(consentVoteChanges([vote('Sales', 3)], [vote('Sales', 3)])).toEqual([]);
  });
});

describe('signing outcome: objections signed over and the signature that completed the set', () => {
  let db: CommonGroundDb;
  beforeEach(async () => {
    db = openDatabase(`outcome-${Math.random()}`);
  });
  afterEach(async () => db.delete());

  /** Stores the workshop as it stands, signs through addSignature and returns the events after 'signed'. */
  async function sign(versionId: string, participantId: string, workshop: Workshop) {
    await db.workshops.put(workshop);
    const before = (await db.versions.get(versionId))!;
    await addSignature(versionId, signatureOf(before, participantId), db);
    const chain = await loadAuditChain(before.agreementId, db);
    return chain.slice(chain.map((e) => e.kind).lastIndexOf('signed') + 1);
  }

  it('records each objection and parked question the first signer signed over, and who completed the set', async () => {
    const created = await createSampleWorkshop(db);
    const workshop: Workshop = {
      ...created,
      consents: [
        { step: 'scoring', team: 'Sales', fist: 1, objection: '' },
        { step: 'goals', team: 'Marketing', fist: 4, objection: 'The MQL target is too high' },
      ],
      parkingLot: [{ id: 'q1', text: 'Who owns webinars?', resolved: false, createdAt: new Date().toISOString() }],
    };
    const first = await sign(created.versionId, 'p-mary', workshop);
    expect(first.map((e) => e.kind)).toEqual(['overridden', 'overridden', 'overridden']);
    expect(first.map((e) => e.actor)).toEqual(['Mary Marketer', 'Mary Marketer', 'Mary Marketer']);
    expect(first[0].detail).toContain('Sales showed 1 of 5 on Scoring');
    expect(first[1].detail).toContain('Marketing objects to Shared goals: The MQL target is too high');
    expect(first[2].detail).toContain('parked question unanswered: Who owns webinars?');

    // The second signer is not asked again (the content froze with the first), and completes the set.
    const second = await sign(created.versionId, 'p-sammy', workshop);
    expect(second.map((e) => e.kind)).toEqual(['completed']);
    expect(second[0].actor).toBe('Sammy Sales');
    expect(second[0].detail).toMatch(/^Sammy Sales \(Sales.*\) completed the required set of signatures \(Marketing and Sales\): version 1 is signed\. Signed by Mary Marketer \(Marketing\), Sammy Sales \(Sales\)\.$/);

    const chain = await loadAuditChain(created.agreementId, db);
    expect(chain.map((e) => e.kind)).toEqual(['created', 'consent', 'frozen', 'signed', 'overridden', 'overridden', 'overridden', 'consent', 'signed', 'completed']);
    expect(verifyAuditChain(chain).ok).toBe(true);
    expect(chain.every((e) => AuditEventSchema.safeParse(e).success)).toBe(true);
  });

  it('records no override when nothing was open, and no completion before every required team signed', async () => {
    const created = await createSampleWorkshop(db);
    const first = await sign(created.versionId, 'p-mary', { ...created, consents: [], parkingLot: [] });
    expect(first).toEqual([]);
  });
});

describe('stored audit data of earlier versions', () => {
  it('stays valid: the old kinds are all still kinds', () => {
    for (const kind of ['created', 'edited', 'consent', 'signed', 'frozen', 'revised', 'exported', 'imported', 'restored', 'deleted']) {
      expect(AuditEventSchema.shape.kind.safeParse(kind).success).toBe(true);
    }
  });
});
