import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_VERSION, type AgreementFile, type AgreementVersion } from '../../../../shared/model/agreement';
import type { Workshop } from '../../../../shared/model/workshop';
import { templateContent, defaultAgenda } from '../../../../shared/template/sales-marketing';
import { LIBRARY_FILE_KIND, type LibraryFile } from '../../../../shared/rules/import-file';

/** A really signed agreement (hash and signatures consistent), as exported by the app. */
export const signedFile = (): AgreementFile =>
  JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/signed-agreement.json'), 'utf8')) as AgreementFile;

export function draftVersion(n: number, overrides: Partial<AgreementVersion> = {}, org = `Org ${n % 7}`): AgreementVersion {
  const at = new Date(Date.UTC(2027, 0, 1) + n * 60_000).toISOString();
  return {
    id: `ver-${n}`,
    agreementId: `agr-${n}`,
    version: 1,
    status: 'draft',
    content: templateContent({ organisation: org, title: `Agreement ${n}`, quarter: `2027-Q${(n % 4) + 1}`, date: '2027-01-15' }),
    contentHash: null,
    signatures: [],
    previousVersionId: null,
    workshopId: `ws-${n}`,
    createdAt: at,
    updatedAt: at,
    frozenAt: null,
    ...overrides,
  };
}

export function workshopFor(v: AgreementVersion): Workshop {
  return {
    id: v.workshopId ?? `ws-${v.id}`,
    versionId: v.id,
    agreementId: v.agreementId,
    agenda: defaultAgenda(),
    consents: [],
    parkingLot: [],
    maturity: { Marketing: { answers: {}, submitted: false }, Sales: { answers: {}, submitted: false }, revealed: false },
    rankings: { Marketing: { order: [], submitted: false }, Sales: { order: [], submitted: false }, revealed: false },
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
  };
}

export function libraryFile(versions: AgreementVersion[], extra: Partial<LibraryFile> = {}): LibraryFile {
  return {
    kind: LIBRARY_FILE_KIND,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: '2027-02-01T10:00:00.000Z',
    versions,
    workshops: versions.filter((v) => v.workshopId).map(workshopFor),
    auditEvents: [],
    reviews: [],
    ...extra,
  };
}
