import { z } from 'zod';
import { returns } from './returns';
import { AgreementVersionSchema, type AgreementFile } from '../../model/agreement';
import { AuditEventSchema } from '../../model/audit';
import type { Team } from '../../model/team';
import type { ExportPlan, Provenance } from '../../rules/provenance';

/** Where the certificate that sealed a PDF comes from, as far as this install can tell. */
export type CertificateOrigin = 'this-install' | 'imported' | 'unknown';

export interface CertificateInfo {
  /** Distinguished name, e.g. "CN=Common Ground seal (host), O=Common Ground". */
  subject: string;
  /** SHA-256 of the certificate's DER bytes, lowercase hex. */
  fingerprint: string;
  origin: CertificateOrigin;
  /** ISO date after which the certificate is no longer valid; empty when unknown. */
  validUntil?: string;
}

export interface ExportedPdf {
  path: string;
  bytes: number;
  sha256: string;
  /** The file carries a seal: a new one made here ('seal') or the kept original's ('original'). */
  sealed: boolean;
  /** What was written: a new sealed PDF, the original sealed PDF byte for byte, a DRAFT, or an IMPORTED COPY — NOT VERIFIED. */
  copy: ExportPlan;
  provenance: Provenance;
  /** Whose seal the file carries, when it is sealed. */
  certificate: CertificateInfo | null;
}

export interface SignerSummary {
  name: string;
  title: string;
  team: Team;
  method: 'drawn' | 'typed';
  signedAt: string;
  timeZone: string;
}

/** What a PDF's seal and embedded agreement say; `problems` lists every reason not to trust it. */
export interface PdfVerifyReport {
  /** The file carries a digital signature at all. */
  sealed: boolean;
  /** The signature verifies over the bytes it claims to cover (no byte changed). */
  intact: boolean;
  /** The signature covers the file from its first to its last byte (nothing appended later). */
  coversWholeFile: boolean;
  certificate: CertificateInfo | null;
  /** The embedded agreement.json from the sealed revision, when present and valid. */
  agreement: AgreementFile | null;
  /** The embedded content still hashes to the content hash it was signed under. */
  hashMatches: boolean;
  signers: SignerSummary[];
  /** When the seal was applied, from the signature's signing-time attribute. */
  sealedAt: string | null;
  problems: string[];
}

const base64 = z.string().min(1, 'The file is empty').max(200_000_000, 'The file is too large (over 150 MB)');

export const pdfChannels = {
  /**
   * Saves the agreement as PDF where the user chooses: sealed when signed and witnessed on this install, the kept
   * original sealed PDF when it came from one, otherwise unsealed with a DRAFT or IMPORTED COPY — NOT VERIFIED watermark.
   */
  exportPdf: {
    channel: 'renderer:export-pdf',
    input: z.object({ version: AgreementVersionSchema, auditEvents: z.array(AuditEventSchema).max(10_000).default([]) }).strict(),
    output: returns<ExportedPdf | null>(),
  },
  verifyPdf: {
    channel: 'renderer:verify-pdf',
    input: z.object({ base64 }).strict(),
    output: returns<PdfVerifyReport>(),
  },
  /** The agreement embedded in a PDF; a PDF whose seal verifies is also kept as that version's original (data folder/sealed/). */
  extractAgreement: {
    channel: 'renderer:extract-agreement',
    input: z.object({ base64 }).strict(),
    output: returns<AgreementFile>(),
  },
  getCertificateInfo: {
    channel: 'renderer:get-certificate-info',
    input: z.object({}).strict(),
    output: returns<CertificateInfo>(),
  },
  importP12: {
    channel: 'renderer:import-p12',
    input: z.object({ base64: z.string().min(1, 'Choose a .p12 file first').max(1_000_000, 'A .p12 file is never this large'), password: z.string().max(1000) }).strict(),
    output: returns<CertificateInfo>(),
  },
} as const;
