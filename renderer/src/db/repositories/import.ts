import { SCHEMA_VERSION, type AgreementFile, type AgreementVersion } from '../../../../shared/model/agreement';
import { WorkshopSchema, type Workshop } from '../../../../shared/model/workshop';
import { defaultAgenda } from '../../../../shared/template/sales-marketing';
import { newId } from '../../../../shared/rules/ids';
import { AppFailure } from '../../../../shared/ipc/result';
import { LIBRARY_FILE_KIND, parseAgreementFile, parseLibraryFile, type LibraryFile } from '../../../../shared/rules/import-file';
import { db as defaultDb, type CommonGroundDb } from '../database';
import { indexTables, indexVersions } from '../index-rows';
import { validOrThrow } from '../errors';
import { isFrozen } from '../../../../shared/rules/frozen';
import { linkAuditChain } from '../../../../shared/rules/integrity';
import type { AuditEvent } from '../../../../shared/model/audit';
import { recordAuditEvent } from './audit';

export interface ImportSummary {
  added: number;
  /** Rows whose id was already in the library: kept as they are, so importing twice changes nothing. */
  skipped: number;
}

const tables = (d: CommonGroundDb) => [d.versions, d.workshops, d.auditEvents, d.reviews, ...indexTables(d)];

/**
 * Adds only the rows whose ids are new; everything in one transaction, so a failure adds nothing.
 * A new record that is another copy of a version already here (same agreement and version number,
 * another id) refuses the whole file: the library would otherwise hold two "signed version 1"s.
 */
async function writeLibrary(file: LibraryFile, database: CommonGroundDb): Promise<ImportSummary> {
  return database.transaction('rw', tables(database), async () => {
    const known = new Set((await database.versions.bulkGet(file.versions.map((v) => v.id))).filter(Boolean).map((v) => v!.id));
    const versions = file.versions.filter((v) => !known.has(v.id));
    await refuseCopiesOfStoredVersions(versions, database);
    const knownWorkshops = new Set((await database.workshops.bulkGet(file.workshops.map((w) => w.id))).filter(Boolean).map((w) => w!.id));
    const workshops = file.workshops.filter((w) => !knownWorkshops.has(w.id) && !known.has(w.versionId));
    const { events, diverged } = await eventsThatContinueTrails(file.auditEvents, database);
    const knownReviews = new Set((await database.reviews.bulkGet(file.reviews.map((r) => r.versionId))).filter(Boolean).map((r) => r!.versionId));
    const reviews = file.reviews.filter((r) => !knownReviews.has(r.versionId));
    await database.versions.bulkAdd(versions);
    await indexVersions(database, versions);
    await database.workshops.bulkAdd(workshops);
    await database.auditEvents.bulkAdd(events);
    await database.reviews.bulkAdd(reviews);
    for (const version of versions.filter((v) => diverged.has(v.agreementId))) {
      await recordAuditEvent(database, {
        agreementId: version.agreementId,
        versionId: version.id,
        kind: 'imported',
        actor: 'This device',
        detail: `Imported ${nameOf(version)} (${version.status}) from a library file whose audit trail for this agreement went another way than this library's; that trail was left out. Content SHA-256 ${version.contentHash ?? 'none (draft)'}`,
      });
    }
    return { added: versions.length, skipped: file.versions.length - versions.length };
  });
}

const nameOf = (v: AgreementVersion) => `${v.content.organisation} ${v.content.quarter} version ${v.version}`;

async function refuseCopiesOfStoredVersions(versions: AgreementVersion[], database: CommonGroundDb): Promise<void> {
  if (versions.length === 0) return;
  // These ids are all new, so any stored record with the same agreement and number is another one.
  const clashes = await database.versions.where('[agreementId+version]').anyOf(versions.map((v) => [v.agreementId, v.version])).toArray();
  if (clashes.length === 0) return;
  const more = clashes.length > 1 ? ` (and ${clashes.length - 1} more)` : '';
  throw new AppFailure('BAD_INPUT', `Your library already has ${nameOf(clashes[0]!)} (${clashes[0]!.status}), and the file holds a different record of it${more}; nothing was imported.`);
}

/**
 * The file's audit events that fit this library's trails (each agreement's trail is a hash chain,
 * shared/rules/audit-chain). Events of an agreement this library has no trail for come as they
 * are; for one it has, they are added only when both together still form one unbroken chain (the
 * file carries on where this library stopped). A trail that went another way on the other
 * device is left out rather than grafted on as a second branch, which would break this library's.
 */
async function eventsThatContinueTrails(incoming: AuditEvent[], database: CommonGroundDb): Promise<{ events: AuditEvent[]; diverged: Set<string> }> {
  const knownEvents = new Set((await database.auditEvents.bulkGet(incoming.map((e) => e.id))).filter(Boolean).map((e) => e!.id));
  const fresh = groupBy(incoming.filter((e) => !knownEvents.has(e.id)), (e) => e.agreementId);
  const local = groupBy(fresh.size ? await database.auditEvents.where('agreementId').anyOf([...fresh.keys()]).toArray() : [], (e) => e.agreementId);
  const events: AuditEvent[] = [];
  const diverged = new Set<string>();
  for (const [agreementId, added] of fresh) {
    const here = local.get(agreementId) ?? [];
    if (here.length === 0 || linkAuditChain([...here, ...added]).unlinked.length === 0) events.push(...added);
    else diverged.add(agreementId);
  }
  return { events, diverged };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Imports a whole-library export. Refused files throw AppFailure and leave the database untouched. */
export async function importLibraryText(text: unknown, database: CommonGroundDb = defaultDb): Promise<ImportSummary> {
  return writeLibrary(parseLibraryFile(text), database);
}

/** An imported agreement version and the workshop it opens in. */
export interface ImportedAgreement {
  workshop: Workshop;
  version: AgreementVersion;
}

/** Where the file came from, for the audit trail and the wording of a refusal. */
export type AgreementOrigin = 'file' | 'pdf' | 'team-folder';

/**
 * The one way a single agreement version enters the library, from a JSON file or from the
 * agreement embedded in a PDF (Library import and Verify alike). The file gets the same checks
 * either way (kind, schema version, shape, content against its signed hash); a version already in
 * the library, or another version with the same number of the same agreement, is refused. The
 * version, a workshop to open it in, its library rows and an 'imported' audit event are written
 * in one transaction, so a refused or failed import changes nothing.
 */
export async function importAgreementFile(file: unknown, origin: AgreementOrigin = 'file', database: CommonGroundDb = defaultDb): Promise<ImportedAgreement> {
  const incoming = parseOrExplain(file, origin).version;
  const name = `${incoming.content.organisation} ${incoming.content.quarter} version ${incoming.version}`;
  return database.transaction('rw', [database.versions, database.workshops, ...indexTables(database), database.auditEvents], async () => {
    if (await database.versions.get(incoming.id)) throw new AppFailure('BAD_INPUT', `${name} is already in your library; nothing was imported.`);
    const clash = await database.versions.where('[agreementId+version]').equals([incoming.agreementId, incoming.version]).first();
    if (clash) throw new AppFailure('BAD_INPUT', `Your library already has a version ${incoming.version} of this agreement (${clash.status}); nothing was imported.`);
    const at = new Date().toISOString();
    // A frozen version opens on its review step (it is read, not edited); a draft where the agenda starts.
    const agenda = isFrozen(incoming) ? { ...defaultAgenda(), current: 'review' as const } : defaultAgenda();
    const workshop = validOrThrow(WorkshopSchema, { id: newId(), versionId: incoming.id, agreementId: incoming.agreementId, agenda, createdAt: at, updatedAt: at });
    const version: AgreementVersion = { ...incoming, workshopId: workshop.id };
    await database.versions.add(version);
    await database.workshops.add(workshop);
    await indexVersions(database, [version]);
    await recordAuditEvent(database, {
      agreementId: version.agreementId,
      versionId: version.id,
      kind: 'imported',
      actor: 'This device',
      detail: `Imported ${name} (${version.status}) from ${ORIGIN_WORDS[origin]}. Content SHA-256 ${version.contentHash ?? 'none (draft)'}`,
    });
    return { workshop, version };
  });
}

const ORIGIN_WORDS: Record<AgreementOrigin, string> = { file: 'an agreement file', pdf: 'a PDF', 'team-folder': 'the team library folder (its sealed PDF)' };

/** JSON text or an already parsed object (the PDF extractor's) go through the same parser. */
function parseOrExplain(file: unknown, origin: AgreementOrigin): AgreementFile {
  try {
    return parseAgreementFile(typeof file === 'string' ? file : JSON.stringify(file ?? null));
  } catch (error) {
    if (origin !== 'file' && error instanceof AppFailure && error.code === 'INVALID_FILE') {
      throw new AppFailure('INVALID_FILE', `The embedded agreement is not valid: ${error.message}`);
    }
    throw error;
  }
}

/** Adds one agreement version from its file; see importAgreementFile. */
export async function importAgreement(file: AgreementFile, database: CommonGroundDb = defaultDb): Promise<AgreementVersion> {
  return (await importAgreementFile(file, 'file', database)).version;
}

export async function importAgreementText(text: unknown, database: CommonGroundDb = defaultDb): Promise<AgreementVersion> {
  return (await importAgreementFile(text, 'file', database)).version;
}

/** The agreement embedded in a PDF goes through the same checks as a JSON file. */
export async function importAgreementFromPdfFile(file: AgreementFile, database: CommonGroundDb = defaultDb): Promise<AgreementVersion> {
  return (await importAgreementFile(file, 'pdf', database)).version;
}

/** The whole library as one JSON file, read table by table inside one read transaction. */
export async function exportLibraryText(database: CommonGroundDb = defaultDb): Promise<string> {
  return database.transaction('r', tables(database), async () => {
    const file: LibraryFile = {
      kind: LIBRARY_FILE_KIND,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: new Date().toISOString(),
      versions: await database.versions.toArray(),
      workshops: await database.workshops.toArray(),
      auditEvents: await database.auditEvents.toArray(),
      reviews: await database.reviews.toArray(),
    };
    return JSON.stringify(file);
  });
}

export { AppFailure };
