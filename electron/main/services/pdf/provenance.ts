import type { KeyObject } from 'node:crypto';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { AuditEvent } from '../../../../shared/model/audit';
import type { CertificateInfo } from '../../../../shared/ipc/channels/pdf';
import type { ProvenanceAnswer } from '../../../../shared/ipc/channels/witness';
import { exportReadiness } from '../../../../shared/rules/export-readiness';
import { exportPlan, needsOriginalCheck, provenanceItem, provenanceOf, type ExportPlan, type Provenance, type ProvenanceItem, type ReceiptVerdict } from '../../../../shared/rules/provenance';
import { checkReceipt, type SealingKey } from '../keys';
import { exportAgreementPdf } from './export';
import { findSealedOriginal, keepSealedOriginal, matchSealedOriginal, type SealedOriginal } from './sealed-originals';
import type { OriginLookup } from './verify';

/**
 * Gathers the facts shared/rules/provenance.ts judges: which receipts verify under a key this
 * install seals with, and whether an original sealed PDF of exactly this version is at hand.
 */
export interface ProvenanceSources {
  /** Where kept originals live; null for a caller that keeps none. */
  dataFolder: string | null;
  /** The public keys receipts may verify under, by certificate fingerprint (asked only when a receipt is there). */
  verifiers: () => Promise<ReadonlyMap<string, KeyObject>>;
  originOf: OriginLookup;
  /** An original sealed PDF handed in with the agreement (the CLI's agreement file may carry one). */
  attachedOriginal?: Uint8Array | null;
}

export interface ProvenanceCheck {
  provenance: Provenance;
  receipts: ReceiptVerdict[];
  original: SealedOriginal | null;
  /** Why a handed-in original was not accepted, when one was. */
  attachedProblem: string | null;
}

/** A statement that names another version than the item it sits in proves nothing for that item. */
const belongs = (item: ProvenanceItem, s: ProvenanceItem['signatures'][number]) =>
  s.statement.agreementId === item.agreementId && s.statement.version === item.version && s.statement.contentHash === item.contentHash;

export async function checkProvenance(item: ProvenanceItem, sources: ProvenanceSources): Promise<ProvenanceCheck> {
  const anyReceipt = item.signatures.some((s) => s.receipt);
  const verifiers = anyReceipt ? await sources.verifiers() : new Map<string, KeyObject>();
  const receipts = item.signatures.map((s) => (belongs(item, s) ? checkReceipt(s.statement, s.receipt, verifiers) : s.receipt ? 'invalid' : 'missing'));
  let original: SealedOriginal | null = null;
  let attachedProblem: string | null = null;
  if (needsOriginalCheck(receipts) && item.contentHash !== null) {
    if (sources.attachedOriginal) {
      const matched = await matchSealedOriginal(sources.attachedOriginal, item, sources.originOf);
      original = matched.original;
      attachedProblem = matched.problem;
    }
    if (!original && sources.dataFolder) original = await findSealedOriginal(sources.dataFolder, item, sources.originOf);
  }
  return { provenance: provenanceOf({ receipts, sealedOriginal: original !== null }), receipts, original, attachedProblem };
}

export async function answerProvenance(item: ProvenanceItem, sources: ProvenanceSources): Promise<ProvenanceAnswer> {
  const check = await checkProvenance(item, sources);
  return { provenance: check.provenance, sealer: check.provenance === 'sealed-original' ? (check.original?.report.certificate ?? null) : null };
}

export interface ExportDecision {
  plan: ExportPlan;
  provenance: Provenance;
  /** The kept or handed-in original, when the plan is to give it back. */
  original: SealedOriginal | null;
  /** Why a handed-in original sealed PDF was not used, when one was handed in. */
  attachedProblem: string | null;
}

/** What exporting this version will produce, decided by the rule from the verified facts. Cheap: no rendering. */
export async function decideExport(version: AgreementVersion, sources: ProvenanceSources): Promise<ExportDecision> {
  const check = await checkProvenance(provenanceItem(version), sources);
  return { plan: exportPlan(exportReadiness(version), check.provenance), provenance: check.provenance, original: check.original, attachedProblem: check.attachedProblem };
}

export interface ProvenanceExportInput {
  version: AgreementVersion;
  auditEvents: AuditEvent[];
  sources: ProvenanceSources;
  /** Asked only when the plan is to seal. */
  sealingKey: () => Promise<SealingKey>;
  now?: Date;
}

export interface ProvenanceExport extends ExportDecision {
  bytes: Uint8Array;
  /** Whose seal the bytes carry; null when unsealed. */
  certificate: CertificateInfo | null;
}

/**
 * The one export every entry (the IPC handler, the CLI) goes through: the rule decides, and only
 * a witnessed, fully signed version gets a new seal. A version from a sealed PDF is that PDF again;
 * anything else is an unsealed copy with a DRAFT or IMPORTED COPY — NOT VERIFIED watermark.
 * A new sealed file is kept as the version's original (never replacing one kept before).
 */
export async function exportWithProvenance(input: ProvenanceExportInput, decided?: ExportDecision): Promise<ProvenanceExport> {
  const { version, auditEvents, sources } = input;
  const decision = decided ?? (await decideExport(version, sources));
  const { plan, original } = decision;
  if (plan === 'original' && original) return { ...decision, bytes: original.bytes, certificate: original.report.certificate };
  if (plan !== 'seal') {
    const bytes = await exportAgreementPdf({ version, auditEvents, certificate: null, watermark: plan === 'draft' ? 'draft' : 'unverified', now: input.now });
    return { ...decision, plan: plan === 'draft' ? 'draft' : 'unverified-copy', bytes, certificate: null };
  }
  const key = await input.sealingKey();
  const bytes = await exportAgreementPdf({ version, auditEvents, certificate: key, watermark: false, now: input.now });
  if (sources.dataFolder) {
    await keepSealedOriginal(sources.dataFolder, version, bytes).catch(() => {
      // Keeping a copy is a convenience for later exports: the file the person asked for is what matters here.
    });
  }
  return { ...decision, bytes, certificate: key.info };
}
