import { AgreementFileSchema, SCHEMA_VERSION, type AgreementFile } from '../../../../shared/model/agreement';
import type { CertificateOrigin, PdfVerifyReport } from '../../../../shared/ipc/channels/pdf';
import { contentHash } from '../../../../shared/rules/canonical';
import { AppFailure } from '../../../../shared/ipc/result';
import { ATTACHMENT_NAME } from './attach';
import { checkDetachedCms } from './cms';
import { readEmbeddedFile } from './embedded';
import { findLastSignature, signedBytes, type SignatureLocation } from './signature-field';
import { trustVerdict } from '../../../../shared/rules/pdf-trust';

export type OriginLookup = (fingerprint: string) => CertificateOrigin | Promise<CertificateOrigin>;

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');

/**
 * Everything a reader needs to trust (or not) an exported agreement: is it sealed, did any byte
 * change, does the seal reach the end of the file (an incremental update appended afterwards is
 * tampering too), whose certificate, and does the embedded agreement still hash to what was signed.
 * The agreement is read from the sealed revision only, so appended edits cannot swap it.
 */
export async function verifyPdf(bytes: Uint8Array, originOf: OriginLookup = () => 'unknown'): Promise<PdfVerifyReport> {
  const report: PdfVerifyReport = { sealed: false, intact: false, coversWholeFile: false, certificate: null, agreement: null, hashMatches: false, signers: [], sealedAt: null, problems: [] };
  if (!isPdf(bytes)) {
    report.problems.push('This is not a PDF file.');
    return report;
  }

  let location: SignatureLocation | null = null;
  try {
    location = findLastSignature(bytes);
  } catch (error) {
    report.sealed = true;
    report.problems.push(`The seal is damaged: ${(error as Error).message}.`);
  }

  let revision = bytes;
  if (location) {
    report.sealed = true;
    const [, , c, d] = location.byteRange;
    report.coversWholeFile = c + d === bytes.byteLength;
    if (!report.coversWholeFile) report.problems.push(`The file was changed after it was sealed: ${bytes.byteLength - (c + d)} bytes were added after the sealed part.`);
    if (location.count > 1) report.problems.push(`The file carries ${location.count} signatures; only the last one was checked.`);
    const cms = await checkDetachedCms(location.contents, signedBytes(bytes, location.byteRange));
    report.intact = cms.valid;
    report.sealedAt = cms.signingTime;
    if (cms.problem) report.problems.push(`${cms.problem}.`);
    if (cms.certificate) report.certificate = { subject: cms.certificate.subject, fingerprint: cms.certificate.fingerprint, origin: await originOf(cms.certificate.fingerprint), validUntil: cms.certificate.validUntil };
    revision = bytes.subarray(0, c + d);
  } else if (!report.sealed) {
    report.problems.push('The file is not sealed: it may be a draft, and changes to it cannot be detected.');
  }

  try {
    report.agreement = await readAgreement(revision);
  } catch (error) {
    report.problems.push((error as Error).message);
  }
  if (report.agreement) {
    const v = report.agreement.version;
    report.signers = v.signatures.map((sig) => ({ name: sig.name, title: sig.title, team: sig.team, method: sig.method, signedAt: sig.signedAt, timeZone: sig.timeZone }));
    if (v.contentHash === null) report.problems.push('The embedded agreement has no content hash: it was never signed.');
    else {
      report.hashMatches = contentHash(v.content) === v.contentHash;
      if (!report.hashMatches) report.problems.push('The embedded agreement’s content does not match the hash it was signed under.');
      const stale = v.signatures.filter((sig) => sig.contentHash !== v.contentHash);
      if (stale.length) report.problems.push(`${stale.map((sig) => sig.name).join(', ')} signed different content than this version.`);
    }
  }
  return report;
}

/** The embedded agreement.json, parsed and validated; throws a plain sentence when absent or invalid. */
export async function readAgreement(pdf: Uint8Array): Promise<AgreementFile> {
  let raw: Uint8Array | null;
  try {
    raw = await readEmbeddedFile(pdf, ATTACHMENT_NAME);
  } catch (error) {
    throw new AppFailure('INVALID_FILE', `The PDF could not be read: ${(error as Error).message}`);
  }
  if (!raw) throw new AppFailure('INVALID_FILE', `The PDF carries no ${ATTACHMENT_NAME}: it was not exported by Common Ground.`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    throw new AppFailure('INVALID_FILE', `The embedded ${ATTACHMENT_NAME} is not valid JSON.`);
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new AppFailure('UNSUPPORTED_VERSION', `The embedded agreement was made by a newer version of Common Ground (format ${version}); update the app to open it.`);
  }
  const parsed = AgreementFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppFailure('INVALID_FILE', `The embedded ${ATTACHMENT_NAME} is not a valid agreement (${issue.path.join('.') || 'file'}: ${issue.message}).`);
  }
  return parsed.data;
}

/** The agreement from the sealed revision when the file is sealed, otherwise from the file as it is. */
export async function extractAgreement(pdf: Uint8Array): Promise<AgreementFile> {
  if (!isPdf(pdf)) throw new AppFailure('INVALID_FILE', 'This is not a PDF file.');
  let location: SignatureLocation | null = null;
  try {
    location = findLastSignature(pdf);
  } catch {
    location = null;
  }
  const revision = location ? pdf.subarray(0, location.byteRange[2] + location.byteRange[3]) : pdf;
  return readAgreement(revision);
}

/**
 * The CLI's yes/no: the same verdict the Verify screen shows (shared/rules/pdf-trust.ts), where only
 * a seal from a certificate we know counts; anyone can reseal an edited file with one of their own.
 */
export const isTrustworthy = (r: PdfVerifyReport) => trustVerdict(r) === 'trusted';
