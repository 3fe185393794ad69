import { z } from 'zod';
import { AgreementFileSchema, AgreementVersionSchema, SCHEMA_VERSION, type AgreementFile, type AgreementVersion } from '../model/agreement';
import { WorkshopSchema } from '../model/workshop';
import { AuditEventSchema } from '../model/audit';
import { QuarterActualsSchema } from '../model/review';
import { idSchema, shortText } from '../model/team';
import { AppFailure } from '../ipc/result';
import { describeIssues } from '../ipc/describe-issues';
import { contentHash } from './canonical';

/**
 * Everything an import must pass before a single row is written: size, JSON, kind, schema
 * version (newer is refused, older is migrated forward), shape, unique ids and, for signed
 * versions, that the content still hashes to what was signed. Pure: the caller writes the
 * result in one transaction, so a refused file never half-applies.
 */

export const AGREEMENT_FILE_KIND = 'common-ground/agreement';
export const LIBRARY_FILE_KIND = 'common-ground/library';
/** A single agreement with its signature images is a few megabytes at most. */
export const MAX_AGREEMENT_FILE_CHARS = 10 * 1024 * 1024;
/** A whole library of tens of thousands of agreements. */
export const MAX_LIBRARY_FILE_CHARS = 150 * 1024 * 1024;
const MAX_LIBRARY_ROWS = 100_000;

/** A quarterly review as stored: the actuals plus what the library and trend charts look up by. */
export const StoredReviewSchema = QuarterActualsSchema.extend({
  agreementId: idSchema,
  organisation: shortText('Organisation', 120),
});
export type StoredReview = z.infer<typeof StoredReviewSchema>;

export const LibraryFileSchema = z.object({
  kind: z.literal(LIBRARY_FILE_KIND),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.iso.datetime('Exported-at must be a date and time'),
  versions: z.array(AgreementVersionSchema).max(MAX_LIBRARY_ROWS, 'The library file holds more versions than this app can import at once'),
  workshops: z.array(WorkshopSchema).max(MAX_LIBRARY_ROWS).default([]),
  auditEvents: z.array(AuditEventSchema).max(MAX_LIBRARY_ROWS * 10).default([]),
  reviews: z.array(StoredReviewSchema).max(MAX_LIBRARY_ROWS).default([]),
});
export type LibraryFile = z.infer<typeof LibraryFileSchema>;

type Raw = Record<string, unknown>;
/** Forward migrations: MIGRATIONS[n] turns a schema-n file into a schema-(n+1) file. */
export const MIGRATIONS: Record<number, (file: Raw) => Raw> = {};

function fail(message: string): never {
  throw new AppFailure('INVALID_FILE', message);
}

function describe(error: z.ZodError): string {
  return `The file does not match what Common Ground expects — ${describeIssues(error, { withPath: true, countRest: true })}.`;
}

/** Parses the JSON text and brings it up to the current schema version, or throws a clear refusal. */
export function readVersionedJson(text: unknown, kind: string, maxChars: number, migrations = MIGRATIONS, current = SCHEMA_VERSION): Raw {
  if (typeof text !== 'string') fail('The file could not be read as text.');
  const body: string = text;
  if (body.length === 0) fail('The file is empty.');
  if (body.length > maxChars) fail(`The file is too large (${Math.round(body.length / 1024 / 1024)} MB; at most ${Math.round(maxChars / 1024 / 1024)} MB).`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    fail('The file is not valid JSON — it may be truncated or not a Common Ground file.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) fail('The file is not a Common Ground file (it holds no object).');
  let file = parsed as Raw;
  if (file.kind !== kind) {
    const what = kind === LIBRARY_FILE_KIND ? 'a library export' : 'a single agreement';
    fail(typeof file.kind === 'string' ? `This file is a "${file.kind}", not ${what}.` : `This is not ${what} exported by Common Ground.`);
  }
  const schemaVersion = file.schemaVersion;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) fail('The file has no valid schema version.');
  if ((schemaVersion as number) > current) {
    throw new AppFailure(
      'UNSUPPORTED_VERSION',
      `This file was made by a newer version of Common Ground (schema ${schemaVersion}); this app reads up to schema ${current}. Update the app to import it.`,
    );
  }
  for (let v = schemaVersion as number; v < current; v += 1) {
    const step = migrations[v];
    if (!step) fail(`Files of schema ${v} cannot be migrated by this version of the app.`);
    file = { ...step(file), schemaVersion: v + 1 };
  }
  return file;
}

function checkUnique(label: string, ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) fail(`The file lists the same ${label} twice (id "${id}"); it may have been edited by hand.`);
    seen.add(id);
  }
}

const nameOf = (v: Pick<AgreementVersion, 'content' | 'version'>) => `${v.content.organisation} ${v.content.quarter} v${v.version}`;

/**
 * One agreement has one version 1, one version 2…: two records with the same agreement and
 * version number (whatever their ids) would be two different "signed version 1"s. Storage has the
 * same rule (a unique [agreementId+version] index); this names the first clash, for a sentence
 * such as "The file holds …", or returns null when there is none.
 */
export function duplicateVersionProblem(versions: readonly Pick<AgreementVersion, 'id' | 'agreementId' | 'version' | 'content'>[]): string | null {
  const seen = new Map<string, string>();
  for (const version of versions) {
    const key = JSON.stringify([version.agreementId, version.version]);
    const first = seen.get(key);
    if (first !== undefined) return `two different records of ${nameOf(version)} (ids "${first}" and "${version.id}"), but an agreement has only one version ${version.version}`;
    seen.set(key, version.id);
  }
  return null;
}

/** A signed version must still hash to the hash its signatures were made over. */
export function checkSealedContent(version: AgreementVersion): void {
  const name = `${version.content.organisation} ${version.content.quarter} v${version.version}`;
  if (version.contentHash !== null && contentHash(version.content) !== version.contentHash) {
    fail(`The content of ${name} does not match its content hash: it was changed after signing.`);
  }
  if (version.signatures.length > 0 && version.contentHash === null) fail(`${name} carries signatures but no content hash.`);
  for (const signature of version.signatures) {
    if (signature.contentHash !== version.contentHash) fail(`The signature of ${signature.name} on ${name} was made over different content.`);
  }
  if (version.status === 'signed' && version.contentHash === null) fail(`${name} is marked signed but has no content hash.`);
}

export function parseAgreementFile(text: unknown): AgreementFile {
  const raw = readVersionedJson(text, AGREEMENT_FILE_KIND, MAX_AGREEMENT_FILE_CHARS);
  const parsed = AgreementFileSchema.safeParse(raw);
  if (!parsed.success) fail(describe(parsed.error));
  const file = parsed.data;
  checkSealedContent(file.version);
  return { ...file, schemaVersion: SCHEMA_VERSION };
}

export function parseLibraryFile(text: unknown): LibraryFile {
  const raw = readVersionedJson(text, LIBRARY_FILE_KIND, MAX_LIBRARY_FILE_CHARS);
  const parsed = LibraryFileSchema.safeParse(raw);
  if (!parsed.success) fail(describe(parsed.error));
  const file = parsed.data;
  checkUnique('agreement version', file.versions.map((v) => v.id));
  checkUnique('workshop', file.workshops.map((w) => w.id));
  checkUnique('audit event', file.auditEvents.map((e) => e.id));
  checkUnique('quarterly review', file.reviews.map((r) => r.versionId));
  const twice = duplicateVersionProblem(file.versions);
  if (twice) fail(`The file holds ${twice}; it may have been edited by hand.`);
  const versionIds = new Set(file.versions.map((v) => v.id));
  for (const workshop of file.workshops) {
    if (!versionIds.has(workshop.versionId)) fail(`Workshop "${workshop.id}" points to a version that is not in the file.`);
  }
  for (const version of file.versions) checkSealedContent(version);
  return { ...file, schemaVersion: SCHEMA_VERSION };
}
