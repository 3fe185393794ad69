import { AgreementVersionSchema, RULES_VERSION, type AgreementVersion } from '../../../../shared/model/agreement';
import { recordedRules } from '../../../../shared/rules/rules-version';
import { SignatureSchema, type Signature, type WitnessReceipt } from '../../../../shared/model/signatures';
import { WorkshopSchema, type Workshop } from '../../../../shared/model/workshop';
import { contentHash } from '../../../../shared/rules/canonical';
import { newId } from '../../../../shared/rules/ids';
import { describeTeams, isFullySigned, missingTeams, requiredTeams, signerRefusal, teamsWithoutParticipants } from '../../../../shared/rules/signers';
import { defaultAgenda } from '../../../../shared/template/sales-marketing';
import { CONSENT_STEPS, openBeforeSigning } from '../../../../shared/rules/signing-readiness';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Team } from '../../../../shared/model/team';
import { db as defaultDb, type CommonGroundDb } from '../database';
import { describeIssues } from '../errors';
import { indexTables, indexVersions } from '../index-rows';
import { recordAuditEvent, recordSigningOutcome } from './audit';
import { assertIntact } from './integrity';

const now = () => new Date().toISOString();

export interface SigningSession {
  version: AgreementVersion;
  /** The hash every signature of this version must carry: stored once frozen, computed before. */
  contentHash: string;
  required: Team[];
  missing: Team[];
}

const ENDED_MESSAGE = 'This version was replaced by a newer version; open the newest version to sign.';

async function mustGet(database: CommonGroundDb, versionId: string): Promise<AgreementVersion> {
  const version = await database.versions.get(versionId);
  if (!version) throw new AppFailure('NOT_FOUND', 'This agreement version no longer exists');
  return version;
}

const signable = (v: AgreementVersion) => v.status === 'draft' || v.status === 'signing' || v.status === 'signed';

/**
 * What a signer sees before signing: the version and the content hash they are about to sign.
 * Refuses when the version can no longer be signed or a required team has nobody to sign for it.
 */
export async function beginSigning(versionId: string, database: CommonGroundDb = defaultDb): Promise<SigningSession> {
  const version = await mustGet(database, versionId);
  if (!signable(version)) throw new AppFailure('FROZEN', ENDED_MESSAGE);
  const absent = teamsWithoutParticipants(version.content);
  if (absent.length > 0) {
    throw new AppFailure('BAD_INPUT', `Add a ${describeTeams(absent)} participant before signing: every agreement needs a signer from ${describeTeams(requiredTeams(version.content))}.`);
  }
  return {
    version,
    contentHash: version.contentHash ?? contentHash(version.content),
    required: requiredTeams(version.content),
    missing: missingTeams(version.content, version.signatures),
  };
}

/**
 * Asks this install to witness a signature being captured now: the main process signs a receipt
 * with the install's seal key (shared/rules/provenance.ts says what it covers). Only a version
 * whose every signature carries a valid receipt can be sealed by this install.
 */
export type Witness = (request: { agreementId: string; version: number; signature: Omit<Signature, 'receipt'> }) => Promise<WitnessReceipt>;

/** The signature as it will be stored, or why it cannot be: the hash must be this version's, and name, title and team come from the participant list. */
function signatureFor(current: AgreementVersion, signature: Omit<Signature, 'receipt'>): Omit<Signature, 'receipt'> {
  if (!signable(current)) throw new AppFailure('FROZEN', ENDED_MESSAGE);
  const hash = current.contentHash ?? contentHash(current.content);
  if (signature.contentHash !== hash) {
    throw new AppFailure('BAD_INPUT', 'The agreement changed after this signer reviewed it (the content hash differs). Review it again before signing.');
  }
  const refusal = signerRefusal(current.content.participants, current.signatures, signature.participantId);
  if (refusal) throw new AppFailure('BAD_INPUT', refusal);
  // Name, title and team come from the participant list, never from the caller.
  const person = current.content.participants.find((p) => p.id === signature.participantId)!;
  return { ...signature, name: person.name, title: person.title, team: person.team };
}

/**
 * Adds one signature. The first signature freezes the version (content hash and frozenAt are
 * set once, for good); the version counts as signed once every required team has signed. The
 * signature, its consent and the audit events are written in one transaction.
 *
 * With a `witness` (the signing screen always passes one), the signature is witnessed first, outside
 * the transaction (IndexedDB cannot wait on another process), and stored with its receipt. A receipt
 * handed in with the signature itself is dropped: receipts come from the witness only.
 */
export async function addSignature(versionId: string, input: Signature, database: CommonGroundDb = defaultDb, options: { witness?: Witness } = {}): Promise<AgreementVersion> {
  const parsed = SignatureSchema.safeParse(input);
  if (!parsed.success) throw new AppFailure('BAD_INPUT', `The signature is not complete: ${describeIssues(parsed.error)}`);
  const { receipt: _handedIn, ...signature } = parsed.data;
  let receipt: WitnessReceipt | undefined;
  if (options.witness) {
    const before = await mustGet(database, versionId);
    // A record changed outside the app is never witnessed, let alone signed.
    await assertIntact(before, 'signed', database);
    receipt = await options.witness({ agreementId: before.agreementId, version: before.version, signature: signatureFor(before, signature) });
  }
  return database.transaction('rw', [database.versions, ...indexTables(database), database.auditEvents, database.workshops], async () => {
    const current = await mustGet(database, versionId);
    await assertIntact(current, 'signed', database);
    // Checked again inside the transaction: the same hash means the same participants, so the witnessed statement still holds.
    const stored: Signature = { ...signatureFor(current, signature), ...(receipt ? { receipt } : {}) };
    const person = { name: stored.name, title: stored.title, team: stored.team };
    const hash = stored.contentHash;
    const signatures = [...current.signatures, stored];
    const firstSignature = current.contentHash === null;
    const complete = isFullySigned(current.content, signatures);
    const at = now();
    const next: AgreementVersion = {
      ...current,
      contentHash: hash,
      signatures,
      status: complete ? 'signed' : 'signing',
      frozenAt: current.frozenAt ?? at,
      updatedAt: at,
      // The signers reviewed a draft computed with today's rules: the first signature fixes them.
      rulesVersion: firstSignature ? RULES_VERSION : current.rulesVersion,
    };
    await database.versions.put(AgreementVersionSchema.parse(next));
    await indexVersions(database, [next]);
    if (complete) await supersedePrevious(database, next);

    const ids = { agreementId: current.agreementId, versionId };
    await recordAuditEvent(database, { ...ids, kind: 'consent', actor: person.name, detail: `Consented at ${stored.consentAt} (${stored.timeZone}): “${stored.consentText}”` });
    if (firstSignature) await recordAuditEvent(database, { ...ids, kind: 'frozen', actor: person.name, detail: `Version ${current.version} frozen by the first signature, its figures computed with rules version ${RULES_VERSION}. Content SHA-256 ${hash}` });
    const done = complete ? ` Every required team has signed: version ${current.version} is signed.` : ` Still to sign: ${describeTeams(missingTeams(current.content, signatures))}.`;
    const witnessed = receipt ? ` Witnessed by this install (receipt by certificate SHA-256 ${receipt.certificateFingerprint.slice(0, 16)}…).` : '';
    await recordAuditEvent(database, { ...ids, kind: 'signed', actor: person.name, detail: `${person.name} (${person.team}${person.title ? `, ${person.title}` : ''}) signed by ${stored.method === 'drawn' ? 'drawing' : 'typing'} over SHA-256 ${hash}.${done}${witnessed}` });
    // What the signer signed over (objections, parked questions) and whether this signature completed the set.
    const workshop = await database.workshops.where('versionId').equals(versionId).first();
    await recordSigningOutcome(database, { before: current, after: next, signer: person, open: workshop ? openBeforeSigning(workshop, CONSENT_STEPS, current.content.leadDefinition.stages) : null });
    return next;
  });
}

/** Once a revision is fully signed, the signed version it replaces becomes superseded. */
async function supersedePrevious(database: CommonGroundDb, version: AgreementVersion): Promise<void> {
  if (!version.previousVersionId) return;
  const previous = await database.versions.get(version.previousVersionId);
  if (!previous || previous.status !== 'signed') return;
  const superseded: AgreementVersion = { ...previous, status: 'superseded', updatedAt: now() };
  await database.versions.put(superseded);
  await indexVersions(database, [superseded]);
}

export interface Revision {
  workshop: Workshop;
  version: AgreementVersion;
}

/**
 * Starts version n+1 as a draft from a frozen version: same agreement, content copied, no
 * signatures. It gets its own workshop (a copy of the old one's consents, notes and agenda), so the
 * old version keeps its workshop and stays openable, signed and untouched. Asking twice returns the
 * draft already started.
 */
export async function reviseVersion(versionId: string, database: CommonGroundDb = defaultDb): Promise<Revision> {
  return database.transaction('rw', [database.versions, database.workshops, ...indexTables(database), database.auditEvents], async () => {
    const source = await mustGet(database, versionId);
    if (source.contentHash === null) throw new AppFailure('BAD_INPUT', 'This version is still a draft: edit it directly, there is nothing to revise.');
    const siblings = await database.versions.where('agreementId').equals(source.agreementId).toArray();
    const started = siblings.find((v) => v.previousVersionId === source.id && v.status === 'draft');
    if (started) {
      const workshop = await database.workshops.where('versionId').equals(started.id).first();
      if (workshop) return { workshop, version: started };
    }
    const at = now();
    const version = AgreementVersionSchema.parse({
      id: newId(),
      agreementId: source.agreementId,
      version: Math.max(...siblings.map((v) => v.version)) + 1,
      status: 'draft',
      content: structuredClone(source.content),
      contentHash: null,
      signatures: [],
      previousVersionId: source.id,
      workshopId: null,
      createdAt: at,
      updatedAt: at,
      frozenAt: null,
      // Computed with today's rules from now on; until then the draft says what that changes.
      rulesVersion: recordedRules(source),
    });
    const old = source.workshopId ? await database.workshops.get(source.workshopId) : undefined;
    const base = old ? structuredClone(old) : { agenda: defaultAgenda() };
    const workshop = WorkshopSchema.parse({ ...base, id: newId(), versionId: version.id, agreementId: source.agreementId, agenda: { ...base.agenda, current: 'review', timerStartedAt: null }, createdAt: at, updatedAt: at });
    version.workshopId = workshop.id;
    await database.versions.add(version);
    await database.workshops.add(workshop);
    await indexVersions(database, [version]);
    await recordAuditEvent(database, { agreementId: source.agreementId, versionId: version.id, kind: 'revised', actor: 'Facilitator', detail: `Version ${version.version} started as a draft from version ${source.version} (content SHA-256 ${source.contentHash}); version ${source.version} keeps its ${source.signatures.length} signature(s).` });
    return { workshop, version };
  });
}

/**
 * Adds the agreement embedded in a verified PDF to the library as its own record, with a
 * workshop to open it in. The same import (checks, clash refusal, audit event) as the Library's
 * agreement import: see importAgreementFile in ./import.
 */
export async function importAgreementFile(file: unknown, database: CommonGroundDb = defaultDb): Promise<Revision> {
  const { importAgreementFile: importOne } = await import('./import');
  return importOne(file, 'pdf', database);
}
