import { SCHEMA_VERSION, type AgreementFile, type AgreementVersion } from '../../../../shared/model/agreement';
import { AppFailure } from '../../../../shared/ipc/result';
import { LIBRARY_FILE_KIND, parseAgreementFile, parseLibraryFile, type LibraryFile } from '../../../../shared/rules/import-file';
import { db as defaultDb, type CommonGroundDb } from '../database';
import { indexTables, indexVersions } from '../index-rows';

export interface ImportSummary {
  added: number;
  /** Rows whose id was already in the library: kept as they are, so importing twice changes nothing. */
  skipped: number;
}

const tables = (d: CommonGroundDb) => [d.versions, d.workshops, d.auditEvents, d.reviews, ...indexTables(d)];

/** Adds only the rows whose ids are new; everything in one transaction, so a failure adds nothing. */
async function writeLibrary(file: LibraryFile, database: CommonGroundDb): Promise<ImportSummary> {
  return database.transaction('rw', tables(database), async () => {
    const known = new Set((await database.versions.bulkGet(file.versions.map((v) => v.id))).filter(Boolean).map((v) => v!.id));
    const versions = file.versions.filter((v) => !known.has(v.id));
    const knownWorkshops = new Set((await database.workshops.bulkGet(file.workshops.map((w) => w.id))).filter(Boolean).map((w) => w!.id));
    const workshops = file.workshops.filter((w) => !knownWorkshops.has(w.id) && !known.has(w.versionId));
    const knownEvents = new Set((await database.auditEvents.bulkGet(file.auditEvents.map((e) => e.id))).filter(Boolean).map((e) => e!.id));
    const events = file.auditEvents.filter((e) => !knownEvents.has(e.id));
    const knownReviews = new Set((await database.reviews.bulkGet(file.reviews.map((r) => r.versionId))).filter(Boolean).map((r) => r!.versionId));
    const reviews = file.reviews.filter((r) => !knownReviews.has(r.versionId));
    await database.versions.bulkAdd(versions);
    await indexVersions(database, versions);
    await database.workshops.bulkAdd(workshops);
    await database.auditEvents.bulkAdd(events);
    await database.reviews.bulkAdd(reviews);
    return { added: versions.length, skipped: file.versions.length - versions.length };
  });
}

/** Imports a whole-library export. Refused files throw AppFailure and leave the database untouched. */
export async function importLibraryText(text: unknown, database: CommonGroundDb = defaultDb): Promise<ImportSummary> {
  return writeLibrary(parseLibraryFile(text), database);
}

/**
 * Adds one agreement version from its file (or from the agreement embedded in a sealed PDF).
 * It arrives without a workshop: a signed version is read and reviewed, not edited.
 */
export async function importAgreement(file: AgreementFile, database: CommonGroundDb = defaultDb): Promise<AgreementVersion> {
  const version: AgreementVersion = { ...file.version, workshopId: null };
  return database.transaction('rw', [database.versions, ...indexTables(database)], async () => {
    if (await database.versions.get(version.id)) throw new AppFailure('INVALID_FILE', 'This agreement version is already in your library.');
    await database.versions.add(version);
    await indexVersions(database, [version]);
    return version;
  });
}

export async function importAgreementText(text: unknown, database: CommonGroundDb = defaultDb): Promise<AgreementVersion> {
  return importAgreement(parseAgreementFile(text), database);
}

/** The agreement embedded in a PDF goes through the same checks as a JSON file. */
export async function importAgreementFromPdfFile(file: AgreementFile, database: CommonGroundDb = defaultDb): Promise<AgreementVersion> {
  return importAgreementText(JSON.stringify(file), database);
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
