import { SCHEMA_VERSION, type AgreementFile, type AgreementVersion } from '../../../../shared/model/agreement';
import type { AuditEvent } from '../../../../shared/model/audit';
import type { CertificateInfo } from '../../../../shared/ipc/channels/pdf';
import { contentHash } from '../../../../shared/rules/canonical';
import { AppFailure } from '../../../../shared/ipc/result';
import { exportReadiness } from '../../../../shared/rules/export-readiness';
import { checkSealedContent } from '../../../../shared/rules/import-file';
import { prepareForSeal } from './attach';
import { renderAgreementPdf } from './render';
import { sealPdf, type SealingCertificate } from './seal';
import { watermarkOf, type WatermarkOption } from './watermark';

export interface ExportInput {
  version: AgreementVersion;
  auditEvents: AuditEvent[];
  /** The key to seal with; null exports unsealed (drafts). */
  certificate: (SealingCertificate & { info: CertificateInfo }) | null;
  /**
   * Printed across every page: DRAFT ('draft', or true), or IMPORTED COPY — NOT VERIFIED ('unverified').
   * A watermarked export is never sealed.
   */
  watermark: WatermarkOption;
  now?: Date;
}

/** The same rule the export screen shows (shared/rules/export-readiness): frozen, finished, every required team signed. */
export const isSealable = (version: AgreementVersion): boolean => exportReadiness(version).sealable;

/** The file embedded in the PDF: the agreement file format, plus the hash on top for human readers. */
export function agreementFileOf(version: AgreementVersion): AgreementFile & { contentHash: string | null } {
  return { kind: 'common-ground/agreement', schemaVersion: SCHEMA_VERSION, version, contentHash: version.contentHash };
}

const TITLE_MARK = { draft: ' (DRAFT)', unverified: ' (IMPORTED COPY — NOT VERIFIED)' } as const;

/**
 * The whole pipeline: lay out with @react-pdf → embed agreement.json and metadata with pdf-lib
 * (plus a signature placeholder when sealing) → seal with @signpdf. Nothing is appended after the seal.
 * This only renders and seals what it is given: whether a version may be sealed at all is decided
 * first by exportWithProvenance (./provenance), which every entry point goes through.
 */
export async function exportAgreementPdf(input: ExportInput): Promise<Uint8Array> {
  const { version } = input;
  const watermark = watermarkOf(input.watermark);
  const now = input.now ?? new Date();
  const seal = input.certificate && !watermark ? input.certificate : null;
  if (seal && !isSealable(version)) throw new AppFailure('BAD_INPUT', 'Only a signed version can be sealed; export the draft with a watermark instead.');
  // Never put our seal on content that contradicts the hash its signers signed (the import's own check).
  if (seal) checkSealedContent(version);
  const hash = version.contentHash ?? contentHash(version.content);
  const c = version.content;

  const rendered = await renderAgreementPdf({ version, auditEvents: input.auditEvents, contentHash: hash, certificate: seal?.info ?? null, watermark, sealed: seal !== null });
  const prepared = await prepareForSeal(rendered, {
    agreement: agreementFileOf(version),
    title: `${c.title} — ${c.organisation} ${c.quarter} v${version.version}${watermark ? TITLE_MARK[watermark] : ''}`,
    author: c.organisation,
    subject: `Sales and marketing service-level agreement, ${c.quarter}. Content SHA-256 ${hash}`,
    keywords: ['service-level agreement', 'sales', 'marketing', c.quarter, c.organisation, `sha256:${hash}`],
    createdAt: now,
    placeholder: seal ? { name: seal.info.subject, reason: `Sealed agreement ${c.quarter} v${version.version}, content SHA-256 ${hash}`, location: c.organisation, signingTime: now } : null,
  });
  return seal ? sealPdf(prepared, seal, now) : prepared;
}
