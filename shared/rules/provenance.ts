import type { AgreementVersion } from '../model/agreement';
import type { Signature, WitnessReceipt } from '../model/signatures';
import type { Team } from '../model/team';
import { canonicalJson, sha256Hex } from './canonical';

/**
 * What the seal may attest. A content hash is no secret: anyone can edit an agreement file and
 * recompute it. So a version is sealed as signed only when this install saw it being signed (each
 * signature carries a receipt signed with this install's key) or when it came from a sealed PDF
 * whose seal still verifies (then the export is that original file, byte for byte). Everything else
 * that claims signatures is "imported, not verified": kept and shown, never sealed.
 *
 * The crypto lives in electron/main/services; this file only says what the verified facts mean.
 */

export const WITNESS_STATEMENT_KIND = 'common-ground/witnessed-signature';

/** Everything a witness receipt covers: the signature as the PDF shows it, bound to one version and content. */
export interface WitnessStatement {
  kind: typeof WITNESS_STATEMENT_KIND;
  agreementId: string;
  version: number;
  contentHash: string;
  signatureId: string;
  participantId: string;
  name: string;
  title: string;
  team: Team;
  method: 'drawn' | 'typed';
  /** SHA-256 of the signature image's data URL, so the receipt covers the drawing without carrying it. */
  imageSha256: string;
  consentText: string;
  consentAt: string;
  signedAt: string;
  timeZone: string;
}

/** The statement a receipt signs for one signature of one version. */
export function witnessStatement(version: Pick<AgreementVersion, 'agreementId' | 'version'>, signature: Omit<Signature, 'receipt'>): WitnessStatement {
  return {
    kind: WITNESS_STATEMENT_KIND,
    agreementId: version.agreementId,
    version: version.version,
    contentHash: signature.contentHash,
    signatureId: signature.id,
    participantId: signature.participantId,
    name: signature.name,
    title: signature.title,
    team: signature.team,
    method: signature.method,
    imageSha256: sha256Hex(signature.image),
    consentText: signature.consentText,
    consentAt: signature.consentAt,
    signedAt: signature.signedAt,
    timeZone: signature.timeZone,
  };
}

/** The exact bytes a receipt signs (UTF-8 of this text): RFC 8785 canonical JSON of the statement. */
export const witnessStatementText = (statement: WitnessStatement): string => canonicalJson(statement);

/** One version as the provenance check needs it: no images, only their hashes, and the receipts. */
export interface ProvenanceItem {
  agreementId: string;
  version: number;
  contentHash: string | null;
  signatures: { statement: WitnessStatement; receipt: WitnessReceipt | null }[];
}

export function provenanceItem(version: Pick<AgreementVersion, 'agreementId' | 'version' | 'contentHash' | 'signatures'>): ProvenanceItem {
  return {
    agreementId: version.agreementId,
    version: version.version,
    contentHash: version.contentHash,
    signatures: version.signatures.map(({ receipt, ...signature }) => ({ statement: witnessStatement(version, signature), receipt: receipt ?? null })),
  };
}

/**
 * 'valid': the receipt verifies under a certificate this install seals with, for exactly this
 * statement; 'missing': the signature carries none; 'invalid': it carries one that does not verify
 * (another install's key, another content hash, an edited name, time or image).
 */
export type ReceiptVerdict = 'valid' | 'missing' | 'invalid';

/**
 * - unsigned: no signatures, nothing to attest (a draft);
 * - witnessed: every signature was captured on this install;
 * - sealed-original: an original sealed PDF of exactly this version (same content hash, same
 *   signatures) is kept by this install and its seal still verifies over the whole file;
 * - unverified: signatures this install cannot vouch for (imported from plain JSON, or edited).
 */
export type Provenance = 'unsigned' | 'witnessed' | 'sealed-original' | 'unverified';

export interface ProvenanceFacts {
  receipts: readonly ReceiptVerdict[];
  sealedOriginal: boolean;
}

export function provenanceOf(facts: ProvenanceFacts): Provenance {
  if (facts.receipts.length > 0 && facts.receipts.every((r) => r === 'valid')) return 'witnessed';
  if (facts.sealedOriginal) return 'sealed-original';
  return facts.receipts.length === 0 ? 'unsigned' : 'unverified';
}

/** Signatures this install must check before believing them: the facts are only worth gathering when there are any. */
export const needsOriginalCheck = (receipts: readonly ReceiptVerdict[]) => receipts.length === 0 || receipts.some((r) => r !== 'valid');

/**
 * What an export produces:
 * - seal: a fresh render sealed with this install's certificate (witnessed and fully signed);
 * - original: the kept original sealed PDF, byte for byte;
 * - draft: DRAFT watermark, no seal (not yet fully signed, every signature there is witnessed or none);
 * - unverified-copy: IMPORTED COPY — NOT VERIFIED watermark, no seal, whatever its status claims.
 */
export type ExportPlan = 'seal' | 'original' | 'draft' | 'unverified-copy';

export function exportPlan(readiness: { sealable: boolean }, provenance: Provenance): ExportPlan {
  if (provenance === 'unverified') return 'unverified-copy';
  if (!readiness.sealable) return 'draft';
  if (provenance === 'witnessed') return 'seal';
  if (provenance === 'sealed-original') return 'original';
  // Sealable means signed by every required team, so 'unsigned' cannot get here; never seal it anyway.
  return 'unverified-copy';
}

/** The watermark across every page of an unsealed copy whose signatures this install cannot vouch for. */
export const UNVERIFIED_WATERMARK = 'IMPORTED COPY — NOT VERIFIED';

/** The app's words for a provenance, for the review and export screens (and the CLI). */
export function provenanceNotice(provenance: Provenance): { title: string; text: string } | null {
  switch (provenance) {
    case 'unverified':
      return {
        title: 'Imported, not verified',
        text:
          'These signatures were not captured on this computer, and no original sealed PDF of this version is kept here, so the app cannot tell whether the record was changed after signing. ' +
          `It is never sealed as signed: it exports as a copy marked “${UNVERIFIED_WATERMARK}”. To share or check the signed agreement, open the original sealed PDF (Verify a PDF), or import that PDF instead of the agreement file.`,
      };
    case 'sealed-original':
      return {
        title: 'From a sealed PDF',
        text: 'This version came from a sealed PDF whose seal verified. Exporting it gives back that original sealed file, byte for byte, rather than a new one.',
      };
    default:
      return null;
  }
}
