import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { PdfVerifyReport } from '../../../../shared/ipc/channels/pdf';
import { canonicalJson } from '../../../../shared/rules/canonical';
import { exportReadiness } from '../../../../shared/rules/export-readiness';
import { provenanceItem, type ProvenanceItem } from '../../../../shared/rules/provenance';
import { assertSafePath, createExclusively } from '../atomic-file';
import { verifyPdf, type OriginLookup } from './verify';

/**
 * Original sealed PDFs this install keeps, one folder per agreement:
 * `<dataFolder>/sealed/<agreementId>/<version>-<contentHash>.pdf`. They are what an export of a
 * version that came from a sealed PDF gives back, byte for byte. Files are created exclusively and
 * never overwritten; a second, different file for the same version (someone resealed an edited
 * copy) is kept beside the first under a name with its own hash, and the one that matches wins.
 */

const FOLDER = 'sealed';
const MAX_CANDIDATES = 20;

/** Agreement ids are up to 64 free characters: a tidy one is its own folder name, anything else its hash. */
function folderName(agreementId: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(agreementId) ? agreementId : `id-${createHash('sha256').update(agreementId, 'utf8').digest('hex').slice(0, 40)}`;
}

export function sealedFolder(dataFolder: string, agreementId: string): string {
  return assertSafePath(join(dataFolder, FOLDER, folderName(agreementId)), join(dataFolder, FOLDER));
}

export const sealedFileName = (version: number, contentHash: string) => `${version}-${contentHash}.pdf`;

export interface SealedOriginal {
  bytes: Uint8Array;
  report: PdfVerifyReport;
}

/** A seal that verifies: intact, covering the whole file, with an embedded agreement that hashes to what was signed. */
const soundSeal = (r: PdfVerifyReport) => r.sealed && r.intact && r.coversWholeFile && r.hashMatches && r.agreement !== null && r.problems.length === 0;

/**
 * Why `bytes` is not the original sealed PDF of `target`, or null when it is: its seal verifies
 * over the whole file and the embedded agreement is exactly this version, fully signed, with the
 * same signatures (names, times, images) as the record asking.
 */
export function originalMismatch(report: PdfVerifyReport, target: ProvenanceItem): string | null {
  if (!soundSeal(report)) return report.problems[0] ?? 'The PDF is not sealed.';
  const embedded = report.agreement!.version;
  if (embedded.agreementId !== target.agreementId || embedded.version !== target.version) return 'The sealed PDF holds another agreement or version.';
  if (embedded.contentHash === null || embedded.contentHash !== target.contentHash) return 'The sealed PDF holds other content than this version.';
  if (!exportReadiness(embedded).sealable) return 'The sealed PDF holds a version that is not fully signed.';
  const signatures = (item: ProvenanceItem) => canonicalJson(item.signatures.map((s) => s.statement));
  if (signatures(provenanceItem(embedded)) !== signatures(target)) return 'The sealed PDF carries other signatures than this version.';
  return null;
}

export async function matchSealedOriginal(bytes: Uint8Array, target: ProvenanceItem, originOf: OriginLookup): Promise<{ original: SealedOriginal | null; problem: string | null }> {
  const report = await verifyPdf(bytes, originOf);
  const problem = originalMismatch(report, target);
  return problem ? { original: null, problem } : { original: { bytes, report }, problem: null };
}

/** Verifying a file costs a CMS check: remember the verdict while the file (size, time) is unchanged. */
const verdicts = new Map<string, { size: number; mtimeMs: number; report: PdfVerifyReport }>();

async function reportOf(path: string, bytes: Uint8Array, originOf: OriginLookup): Promise<PdfVerifyReport> {
  const info = await stat(path);
  const known = verdicts.get(path);
  if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) {
    // The certificate's origin can change (an organisation .p12 imported since): ask again.
    const certificate = known.report.certificate ? { ...known.report.certificate, origin: await originOf(known.report.certificate.fingerprint) } : null;
    return { ...known.report, certificate };
  }
  const report = await verifyPdf(bytes, originOf);
  if (verdicts.size > 500) verdicts.clear();
  verdicts.set(path, { size: info.size, mtimeMs: info.mtimeMs, report });
  return report;
}

/**
 * The kept original sealed PDF of exactly this version, re-verified now, or null. Of several
 * candidates, one sealed by a certificate this install knows is preferred.
 */
export async function findSealedOriginal(dataFolder: string, target: ProvenanceItem, originOf: OriginLookup): Promise<SealedOriginal | null> {
  if (target.contentHash === null) return null;
  const folder = sealedFolder(dataFolder, target.agreementId);
  const prefix = sealedFileName(target.version, target.contentHash).slice(0, -'.pdf'.length);
  let names: string[];
  try {
    names = (await readdir(folder)).filter((n) => n.startsWith(prefix) && n.endsWith('.pdf')).sort().slice(0, MAX_CANDIDATES);
  } catch {
    return null;
  }
  let fallback: SealedOriginal | null = null;
  for (const name of names) {
    const path = join(folder, name);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch {
      continue;
    }
    const report = await reportOf(path, bytes, originOf);
    if (originalMismatch(report, target)) continue;
    const found = { bytes, report };
    if (report.certificate?.origin === 'this-install' || report.certificate?.origin === 'imported') return found;
    fallback ??= found;
  }
  return fallback;
}

/** Creates `target` with the temporary file's bytes, or fails with EEXIST: never replaces a file. */

async function writeExclusively(target: string, bytes: Uint8Array): Promise<'kept' | 'exists'> {
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await createExclusively(temp, target);
    return 'kept';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * Keeps a sealed PDF as the original of the version it embeds. The caller has verified its seal.
 * The same bytes twice are kept once; different bytes for the same version go beside, never over.
 */
export async function keepSealedOriginal(dataFolder: string, of: Pick<AgreementVersion, 'agreementId' | 'version' | 'contentHash'>, bytes: Uint8Array): Promise<'kept' | 'already-kept'> {
  const { agreementId, version, contentHash } = of;
  if (contentHash === null) throw new Error('Only a signed version has an original sealed PDF');
  const folder = sealedFolder(dataFolder, agreementId);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const primary = join(folder, sealedFileName(version, contentHash));
  if ((await writeExclusively(primary, bytes)) === 'kept') return 'kept';
  const sha = createHash('sha256').update(bytes).digest('hex');
  const existing = await readFile(primary).catch(() => null);
  if (existing && createHash('sha256').update(existing).digest('hex') === sha) return 'already-kept';
  const beside = join(folder, `${version}-${contentHash}-${sha.slice(0, 16)}.pdf`);
  return (await writeExclusively(beside, bytes)) === 'kept' ? 'kept' : 'already-kept';
}
