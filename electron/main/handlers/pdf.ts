import type { ServiceDeps } from '../services/deps';
import type { HandlersFor } from './types';
import { AppFailure } from '../../../shared/ipc/result';
import { writeFileAtomic } from '../services/atomic-file';
import { KeyStore } from '../services/keys';
import { exportAgreementPdf, isSealable } from '../services/pdf/export';
import { extractAgreement, verifyPdf } from '../services/pdf/verify';

type PdfMethods = 'exportPdf' | 'verifyPdf' | 'extractAgreement' | 'getCertificateInfo' | 'importP12';

/** "Northwind Analytics 2027-Q1 v2.pdf": readable, and safe on every file system. */
export function suggestedPdfName(organisation: string, quarter: string, version: number, draft: boolean): string {
  const raw = `${organisation} ${quarter} v${version}${draft ? ' DRAFT' : ''}`;
  // Control characters and the characters Windows forbids in file names become spaces.
  const base = [...raw].map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch)).join('').replace(/\s+/g, ' ').trim();
  return `${base.slice(0, 150) || 'Agreement'}.pdf`;
}

const fromBase64 = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));

export function createPdfHandlers(deps: ServiceDeps, keys = new KeyStore(deps)): HandlersFor<PdfMethods> {
  return {
    exportPdf: async ({ version, auditEvents }) => {
      const sealable = isSealable(version);
      const c = version.content;
      const target = await deps.chooseSavePath(suggestedPdfName(c.organisation, c.quarter, version.version, !sealable), [{ name: 'PDF document', extensions: ['pdf'] }]);
      if (!target) return null;
      const key = sealable ? await keys.sealingKey() : null;
      const bytes = await exportAgreementPdf({ version, auditEvents, certificate: key, watermark: !sealable });
      const saved = await writeFileAtomic(target, bytes);
      return { ...saved, sealed: key !== null };
    },
    verifyPdf: async ({ base64 }) => verifyPdf(fromBase64(base64), (fingerprint) => keys.originOf(fingerprint)),
    extractAgreement: async ({ base64 }) => extractAgreement(fromBase64(base64)),
    getCertificateInfo: async () => keys.info(),
    importP12: async ({ base64, password }) => {
      const bytes = fromBase64(base64);
      if (bytes.byteLength === 0) throw new AppFailure('BAD_INPUT', 'The .p12 file is empty');
      return keys.importP12(bytes, password);
    },
  };
}
