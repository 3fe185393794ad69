import type { ServiceDeps } from '../services/deps';
import type { HandlersFor } from './types';
import { AppFailure } from '../../../shared/ipc/result';
import type { PdfVerifyReport } from '../../../shared/ipc/channels/pdf';
import type { ExportPlan } from '../../../shared/rules/provenance';
import { writeFileAtomic } from '../services/atomic-file';
import { KeyStore, witnessSignature } from '../services/keys';
import { answerProvenance, decideExport, exportWithProvenance, type ProvenanceSources } from '../services/pdf/provenance';
import { keepSealedOriginal } from '../services/pdf/sealed-originals';
import { extractAgreement, verifyPdf } from '../services/pdf/verify';

type PdfMethods = 'exportPdf' | 'verifyPdf' | 'extractAgreement' | 'getCertificateInfo' | 'importP12' | 'witnessSignature' | 'provenance';

/** What the file name says after the version: nothing for a sealed PDF. */
const NAME_MARK: Record<ExportPlan, string> = { seal: '', original: '', draft: 'DRAFT', 'unverified-copy': 'NOT VERIFIED' };

/** "Northwind Analytics 2027-Q1 v2.pdf": readable, and safe on every file system. `mark` true means DRAFT. */
export function suggestedPdfName(organisation: string, quarter: string, version: number, mark: boolean | string): string {
  const suffix = mark === true ? 'DRAFT' : mark || '';
  const raw = `${organisation} ${quarter} v${version}${suffix ? ` ${suffix}` : ''}`;
  // Control characters and the characters Windows forbids in file names become spaces.
  const base = [...raw].map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch)).join('').replace(/\s+/g, ' ').trim();
  return `${base.slice(0, 150) || 'Agreement'}.pdf`;
}

const fromBase64 = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));

/** A seal worth keeping as the version's original: intact, whole, and an embedded agreement that hashes to what was signed. */
const keepable = (r: PdfVerifyReport) => r.sealed && r.intact && r.coversWholeFile && r.hashMatches && r.problems.length === 0 && r.agreement?.version.contentHash != null;

export function createPdfHandlers(deps: ServiceDeps, keys = new KeyStore(deps), clock: () => Date = () => new Date()): HandlersFor<PdfMethods> {
  const sources: ProvenanceSources = {
    dataFolder: deps.dataFolder,
    verifiers: () => keys.witnessVerifiers(),
    originOf: (fingerprint) => keys.originOf(fingerprint),
  };
  return {
    exportPdf: async ({ version, auditEvents }) => {
      // Decided before the dialog (cheap), so the suggested name can say what the file will be.
      const decision = await decideExport(version, sources);
      const c = version.content;
      const target = await deps.chooseSavePath(suggestedPdfName(c.organisation, c.quarter, version.version, NAME_MARK[decision.plan]), [{ name: 'PDF document', extensions: ['pdf'] }]);
      if (!target) return null;
      const made = await exportWithProvenance({ version, auditEvents, sources, sealingKey: () => keys.sealingKey(), now: clock() }, decision);
      const saved = await writeFileAtomic(target, made.bytes);
      return { ...saved, sealed: made.plan === 'seal' || made.plan === 'original', copy: made.plan, provenance: made.provenance, certificate: made.certificate };
    },
    verifyPdf: async ({ base64 }) => verifyPdf(fromBase64(base64), sources.originOf),
    extractAgreement: async ({ base64 }) => {
      const bytes = fromBase64(base64);
      const file = await extractAgreement(bytes);
      // Imported from a sealed PDF whose seal verifies: keep the original, so exporting this version gives it back.
      const report = await verifyPdf(bytes, sources.originOf);
      if (keepable(report)) await keepSealedOriginal(deps.dataFolder, report.agreement!.version, bytes);
      return file;
    },
    getCertificateInfo: async () => keys.info(),
    importP12: async ({ base64, password }) => {
      const bytes = fromBase64(base64);
      if (bytes.byteLength === 0) throw new AppFailure('BAD_INPUT', 'The .p12 file is empty');
      return keys.importP12(bytes, password);
    },
    witnessSignature: async (request) => witnessSignature(await keys.witnessKey(), request, clock()),
    provenance: async ({ items }) => {
      const answers = [];
      // One at a time: each may read and verify a kept PDF, and a hundred at once would only compete for the disk.
      for (const item of items) answers.push(await answerProvenance(item, sources));
      return { items: answers };
    },
  };
}
