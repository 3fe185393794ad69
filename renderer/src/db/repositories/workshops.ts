import { AgreementContentSchema, AgreementVersionSchema, RULES_VERSION, type AgreementContent, type AgreementVersion } from '../../../../shared/model/agreement';
import { recordedRules } from '../../../../shared/rules/rules-version';
import { WorkshopSchema, type StepId, type Workshop } from '../../../../shared/model/workshop';
import type { AuditEvent } from '../../../../shared/model/audit';
import { defaultAgenda, templateContent, blankContent, type NewWorkshopInput } from '../../../../shared/template/sales-marketing';
import { newId } from '../../../../shared/rules/ids';
import { AppFailure } from '../../../../shared/ipc/result';
import { db as defaultDb, type CommonGroundDb } from '../database';
import { indexTables, indexVersions } from '../index-rows';
import { validOrThrow } from '../errors';
import { FROZEN_MESSAGE, isFrozen } from '../../../../shared/rules/frozen';
import { editedEvents, recordAuditEvent, recordConsentVotes } from './audit';

export type WorkshopSource = { kind: 'blank' } | { kind: 'template' } | { kind: 'version'; versionId: string };

const now = () => new Date().toISOString();


/** Creates a workshop and its first draft version in one transaction. */
export async function createWorkshop(
  input: NewWorkshopInput,
  source: WorkshopSource = { kind: 'template' },
  database: CommonGroundDb = defaultDb,
): Promise<Workshop> {
  return database.transaction('rw', [database.workshops, database.versions, ...indexTables(database), database.auditEvents], async () => {
    let content: AgreementContent;
    let agreementId = newId();
    let version = 1;
    let previousVersionId: string | null = null;
    let rulesVersion = RULES_VERSION;
    if (source.kind === 'version') {
      const previous = await database.versions.get(source.versionId);
      if (!previous) throw new AppFailure('NOT_FOUND', 'The agreement to start from no longer exists');
      // A new quarter's workshop continues the same agreement as its next version.
      content = { ...structuredClone(previous.content), ...pickHeader(input) };
      agreementId = previous.agreementId;
      const latest = await database.versions.where('agreementId').equals(agreementId).toArray();
      version = Math.max(...latest.map((v) => v.version)) + 1;
      previousVersionId = previous.id;
      // The figures were last computed with the previous version's rules: the draft says what today's change.
      rulesVersion = recordedRules(previous);
    } else {
      content = source.kind === 'blank' ? blankContent(input) : templateContent(input);
    }
    const validContent = validOrThrow(AgreementContentSchema, content);
    const at = now();
    const draft: AgreementVersion = validOrThrow(AgreementVersionSchema, {
      id: newId(),
      agreementId,
      version,
      status: 'draft',
      content: validContent,
      contentHash: null,
      signatures: [],
      previousVersionId,
      workshopId: null,
      createdAt: at,
      updatedAt: at,
      frozenAt: null,
      rulesVersion,
    });
    const workshop: Workshop = validOrThrow(WorkshopSchema, {
      id: newId(),
      versionId: draft.id,
      agreementId,
      agenda: defaultAgenda(),
      createdAt: at,
      updatedAt: at,
    });
    draft.workshopId = workshop.id;
    await database.versions.add(draft);
    await indexVersions(database, [draft]);
    await database.workshops.add(workshop);
    await recordAuditEvent(database, { agreementId, versionId: draft.id, kind: 'created', actor: input.facilitator || 'Facilitator', detail: `Version ${version} created (${source.kind === 'version' ? 'from an earlier version' : source.kind}).` });
    return workshop;
  });
}

function pickHeader(input: NewWorkshopInput): Partial<AgreementContent> {
  const header: Partial<AgreementContent> = { organisation: input.organisation, title: input.title, quarter: input.quarter, date: input.date };
  if (input.facilitator !== undefined) header.facilitator = input.facilitator;
  return header;
}

/** A write checked and ready: every refusal came before it, so running it is all that is left. */
type Write = () => Promise<void>;

/** Checks a draft's new content against what is stored (gone, frozen) and returns its write. Call inside a transaction. */
async function contentWrite(database: CommonGroundDb, versionId: string, valid: AgreementContent): Promise<Write> {
  const current = await database.versions.get(versionId);
  if (!current) throw new AppFailure('NOT_FOUND', 'This agreement version no longer exists');
  if (isFrozen(current)) throw new AppFailure('FROZEN', FROZEN_MESSAGE);
  return async () => {
    const next = { ...current, content: valid, updatedAt: now() };
    await database.versions.put(next);
    await indexVersions(database, [next]);
  };
}

/** Checks that the workshop is still stored and returns its write, with the consent votes that changed. Call inside a transaction. */
async function workshopWrite(database: CommonGroundDb, valid: Workshop): Promise<Write> {
  const stored = await database.workshops.get(valid.id);
  if (!stored) throw new AppFailure('NOT_FOUND', 'This workshop no longer exists');
  return async () => {
    await database.workshops.put(valid);
    await recordConsentVotes(database, stored, valid);
  };
}

/**
 * Stores the edited content of a draft. Refuses, whatever the caller, to touch a frozen version:
 * signed means frozen.
 */
export async function saveDraftContent(versionId: string, content: AgreementContent, database: CommonGroundDb = defaultDb): Promise<void> {
  const valid = validOrThrow(AgreementContentSchema, content);
  await database.transaction('rw', [database.versions, ...indexTables(database)], async () => (await contentWrite(database, versionId, valid))());
}

/**
 * Stores the workshop's own state (agenda, consents, parking lot, maturity, rankings). Every
 * consent vote that changed is recorded in the audit trail in the same transaction, so the trail
 * holds exactly the votes that were stored.
 */
export async function saveWorkshop(workshop: Workshop, database: CommonGroundDb = defaultDb): Promise<void> {
  const valid = validOrThrow(WorkshopSchema, { ...workshop, updatedAt: now() });
  await database.transaction('rw', [database.workshops, database.auditEvents], async () => (await workshopWrite(database, valid))());
}

/** What the editor holds of one open workshop, and which parts of it autosave still has to store. */
export interface EditorSnapshot {
  workshop: Workshop;
  version: AgreementVersion;
  writeContent: boolean;
  writeWorkshop: boolean;
  /** Steps of the draft whose edit is due an 'edited' event once the content is stored. */
  editedSteps: readonly StepId[];
}

/** One part of a snapshot: stored, not asked for, or refused for good (frozen, deleted, invalid) with the refusal. */
export type PartOutcome = { status: 'stored' } | { status: 'skipped' } | { status: 'refused'; refusal: AppFailure };

export interface SnapshotOutcome {
  content: PartOutcome;
  workshop: PartOutcome;
  /** The steps whose 'edited' events were stored with the content. */
  audited: StepId[];
}

/** Refusals no retry can change: the part is reported and dropped, and the other part is still stored. */
const REFUSALS: readonly string[] = ['FROZEN', 'NOT_FOUND', 'BAD_INPUT'];

async function unlessRefused(check: () => Promise<Write>): Promise<Write | AppFailure> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof AppFailure && REFUSALS.includes(error.code)) return error;
    throw error;
  }
}

const outcomeOf = (part: Write | AppFailure | null): PartOutcome => (part === null ? { status: 'skipped' } : part instanceof AppFailure ? { status: 'refused', refusal: part } : { status: 'stored' });

/**
 * Autosave's one write: the draft's content, its 'edited' events and the workshop (with its consent
 * votes) in one transaction, so the trail never claims an edit that was not stored, nor misses one
 * that was. Every check comes before the first write: a refused part (the version frozen in another
 * window, the workshop deleted, invalid data) writes nothing and is reported in the outcome, and the
 * other part is still stored, so a refused content save never loses the step, agenda or consents
 * that changed with it. Any other failure (the disk) rejects, and nothing at all is written.
 * An 'edited' event that cannot be built is left out of the trail rather than costing the edit.
 */
export async function saveEditorSnapshot(snapshot: EditorSnapshot, database: CommonGroundDb = defaultDb): Promise<SnapshotOutcome> {
  const checkContent = async () => contentWrite(database, snapshot.version.id, validOrThrow(AgreementContentSchema, snapshot.version.content));
  const checkWorkshop = async () => workshopWrite(database, validOrThrow(WorkshopSchema, { ...snapshot.workshop, updatedAt: now() }));
  return database.transaction('rw', [database.versions, ...indexTables(database), database.workshops, database.auditEvents], async () => {
    const content = snapshot.writeContent ? await unlessRefused(checkContent) : null;
    const workshop = snapshot.writeWorkshop ? await unlessRefused(checkWorkshop) : null;
    let edits: AuditEvent[] = [];
    if (typeof content === 'function' && snapshot.editedSteps.length > 0) {
      edits = await editedEvents(database, snapshot.version, snapshot.editedSteps).catch((error: unknown) => {
        console.warn('The edit could not be recorded in the audit trail', error);
        return [];
      });
    }
    if (typeof content === 'function') await content();
    if (edits.length > 0) await database.auditEvents.bulkAdd(edits);
    if (typeof workshop === 'function') await workshop();
    return { content: outcomeOf(content), workshop: outcomeOf(workshop), audited: edits.length > 0 ? [...snapshot.editedSteps] : [] };
  });
}

export async function loadWorkshop(workshopId: string, database: CommonGroundDb = defaultDb) {
  const workshop = await database.workshops.get(workshopId);
  if (!workshop) return null;
  const version = await database.versions.get(workshop.versionId);
  if (!version) return null;
  return { workshop, version };
}

/**
 * The sample workshop of the first-run screen, built from the background reading: its people,
 * review date and disqualifying cards (shared/template/sample.ts), written in one transaction.
 */
export async function createSampleWorkshop(database: CommonGroundDb = defaultDb): Promise<Workshop> {
  const { SAMPLE_INPUT, sampleContent } = await import('../../../../shared/template/sample');
  return database.transaction('rw', [database.workshops, database.versions, ...indexTables(database), database.auditEvents], async () => {
    const workshop = await createWorkshop(SAMPLE_INPUT, { kind: 'template' }, database);
    const version = await database.versions.get(workshop.versionId);
    if (version) await saveDraftContent(version.id, sampleContent(version.content), database);
    return workshop;
  });
}
