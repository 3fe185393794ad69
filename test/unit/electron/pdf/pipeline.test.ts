import { beforeAll, describe, expect, it } from 'vitest';
import { exportAgreementPdf } from '../../../../electron/main/services/pdf/export';
import { exportWithProvenance } from '../../../../electron/main/services/pdf/provenance';
import { extractAgreement, isTrustworthy, verifyPdf } from '../../../../electron/main/services/pdf/verify';
import { listEmbeddedFiles } from '../../../../electron/main/services/pdf/embedded';
import type { CertificateInfo } from '../../../../shared/ipc/channels/pdf';
import { contentHash } from '../../../../shared/rules/canonical';
import { appendIncrementalUpdate, draftOf, flipOneByte, hasPoppler, loadFixture, pdftotext, tempDir, testInstall, tool, witnessWith, writeTemp } from './helpers';

const HEADINGS = ['Parties and participants', 'Lead definition', 'Lead scoring model', 'Shared goals and funnel', 'Incentive split', 'Service-level commitments', 'Signatures', 'Audit trail'];

const fixture = loadFixture();
const { auditEvents } = fixture;
let version = fixture.version;
const dir = tempDir();
let sealed: Uint8Array;
let draft: Uint8Array;
let info: CertificateInfo;
let sealedPath: string;
let sealWith: Parameters<typeof exportAgreementPdf>[0]['certificate'];

beforeAll(async () => {
  // One key for the whole file: generation is the slow part. The signatures are witnessed by it as the app does.
  const install = testInstall('Common Ground seal (test)');
  info = install.sealingKey.info;
  sealWith = install.sealingKey;
  version = witnessWith(install.witness, fixture.version);
  const made = await exportWithProvenance({ version, auditEvents, sources: install.sources, sealingKey: async () => install.sealingKey, now: new Date('2027-01-13T09:00:00Z') });
  expect(made.plan).toBe('seal');
  sealed = made.bytes;
  draft = await exportAgreementPdf({ version: draftOf(version), auditEvents: [], certificate: null, watermark: true });
  sealedPath = writeTemp(dir, 'sealed.pdf', sealed);
}, 60_000);

describe('what is never sealed', () => {
  it('content changed after signing, and a version some required team has not signed', async () => {
    const tampered = { ...version, content: { ...version.content, title: 'Changed after signing' } };
    await expect(exportAgreementPdf({ version: tampered, auditEvents, certificate: sealWith, watermark: false })).rejects.toThrow(/changed after signing/);
    const oneTeam = { ...version, signatures: version.signatures.filter((s) => s.team === 'Marketing') };
    await expect(exportAgreementPdf({ version: oneTeam, auditEvents, certificate: sealWith, watermark: false })).rejects.toThrow(/Only a signed version can be sealed/);
  });
});

describe('sealed export, checked by our verifier', () => {
  it('is sealed, intact, whole, from a known certificate, with a matching embedded agreement', async () => {
    const report = await verifyPdf(sealed, (fp) => (fp === info.fingerprint ? 'this-install' : 'unknown'));
    expect(report).toMatchObject({ sealed: true, intact: true, coversWholeFile: true, hashMatches: true, problems: [] });
    expect(report.certificate).toEqual(expect.objectContaining({ fingerprint: info.fingerprint, origin: 'this-install', subject: expect.stringContaining('Common Ground seal (test)') }));
    expect(report.sealedAt).toBe('2027-01-13T09:00:00.000Z');
    expect(report.signers.map((s) => s.name)).toEqual(['Maya Fischer', 'Daniel Okoye']);
    expect(report.agreement?.version.contentHash).toBe(contentHash(version.content));
    expect(isTrustworthy(report)).toBe(true);
  });

  it('reports an unknown certificate when this install never saw it', async () => {
    const report = await verifyPdf(sealed);
    expect(report.certificate?.origin).toBe('unknown');
    expect(report.intact).toBe(true);
  });

  it('detects one flipped byte', async () => {
    const report = await verifyPdf(flipOneByte(sealed));
    expect(report.sealed).toBe(true);
    expect(report.intact).toBe(false);
    expect(report.problems.join(' ')).toMatch(/changed after it was sealed|does not match/);
    expect(isTrustworthy(report)).toBe(false);
  });

  it('rejects an incremental update appended after the seal, and still reads the sealed agreement', async () => {
    const appended = appendIncrementalUpdate(sealed);
    const report = await verifyPdf(appended);
    expect(report.intact).toBe(true);
    expect(report.coversWholeFile).toBe(false);
    expect(report.problems.join(' ')).toMatch(/changed after it was sealed: \d+ bytes were added/);
    expect(isTrustworthy(report)).toBe(false);
    expect((await extractAgreement(appended)).version.id).toBe(version.id);
  });

  it('extracts the embedded agreement.json identical to the version exported', async () => {
    expect(await listEmbeddedFiles(sealed)).toContain('agreement.json');
    const file = await extractAgreement(sealed);
    expect(file.kind).toBe('common-ground/agreement');
    expect(file.version).toEqual(version);
  });

  it('says plainly when the input is not a PDF', async () => {
    const report = await verifyPdf(new TextEncoder().encode('hello, not a pdf'));
    expect(report.sealed).toBe(false);
    expect(report.problems).toEqual(['This is not a PDF file.']);
    await expect(extractAgreement(new TextEncoder().encode('nope'))).rejects.toThrow(/not a PDF/);
  });
});

describe('draft export', () => {
  it('carries no seal but still embeds the agreement', async () => {
    const report = await verifyPdf(draft);
    expect(report.sealed).toBe(false);
    expect(report.intact).toBe(false);
    expect(report.agreement?.version.status).toBe('draft');
    expect(report.problems.join(' ')).toMatch(/not sealed/);
    expect(Buffer.from(draft).toString('latin1')).not.toContain('/ByteRange');
  });
});

describe.skipIf(!hasPoppler)('the same files through poppler and qpdf', () => {
  it('pdfsig: the whole document is signed and the signature is valid', () => {
    const { out } = tool('pdfsig', [sealedPath]);
    expect(out).toContain('Total document signed');
    expect(out).toContain('Signature is Valid.');
    expect(out).toContain('adbe.pkcs7.detached');
  });

  it('pdfinfo and pdfsig: the document is created at the moment it is sealed, never after', () => {
    expect(tool('pdfinfo', ['-isodates', sealedPath]).out).toMatch(/CreationDate:\s+2027-01-13T09:00:00(Z|\+00)/);
    expect(tool('pdfsig', [sealedPath]).out).toMatch(/Signing Time: Jan 13 2027 09:00:00/);
  });

  it('pdfsig: a flipped byte is a digest mismatch (and our verifier agrees)', async () => {
    const path = writeTemp(dir, 'flipped.pdf', flipOneByte(sealed));
    expect(tool('pdfsig', [path]).out).toContain('Digest Mismatch');
    expect((await verifyPdf(flipOneByte(sealed))).intact).toBe(false);
  });

  it('pdfsig: an appended update is no longer "Total document signed" (and our verifier agrees)', async () => {
    const appended = appendIncrementalUpdate(sealed);
    const { out } = tool('pdfsig', [writeTemp(dir, 'appended.pdf', appended)]);
    expect(out).toContain('Signature is Valid.');
    expect(out).not.toContain('Total document signed');
    expect((await verifyPdf(appended)).coversWholeFile).toBe(false);
  });

  it('pdfdetach lists agreement.json; qpdf finds no errors', () => {
    expect(tool('pdfdetach', ['-list', sealedPath]).out).toMatch(/1: agreement\.json/);
    const check = tool('qpdf', ['--check', sealedPath]);
    expect(check.out).toContain('No syntax or stream encoding errors found');
    expect(check.code).toBe(0);
  });

  it('pdftotext finds every section heading, every signer and every participant', () => {
    const text = pdftotext(sealedPath).replace(/\s+/g, ' ');
    for (const heading of HEADINGS) expect(text).toContain(heading);
    for (const p of version.content.participants) expect(text).toContain(p.name);
    for (const s of version.signatures) expect(text).toContain(s.name);
    expect(text).toContain('Page 2 of');
    expect(text).toMatch(/America\/New_York/);
    expect(text).not.toContain('DRAFT');
  });

  it('the draft shows DRAFT, is A4 for en-GB, and pdfsig finds no signature', () => {
    const path = writeTemp(dir, 'draft.pdf', draft);
    expect(pdftotext(path)).toContain('DRAFT');
    expect(tool('pdfsig', [path]).out).toMatch(/does not contain any signatures/);
    expect(tool('pdfinfo', [path]).out).toMatch(/A4/);
    expect(tool('pdfinfo', [sealedPath]).out).toMatch(/letter/);
    expect(tool('qpdf', ['--check', path]).code).toBe(0);
  });
});
