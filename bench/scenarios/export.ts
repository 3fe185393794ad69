/**
 * Scenario 3 — export, in Node: a ten-page signed agreement to a sealed PDF through the real
 * pipeline (exportAgreementPdf: @react-pdf layout → embed agreement.json → seal), against laying
 * out the same document with @react-pdf alone (renderAgreementPdf, the first stage).
 */
import { PDFDocument } from 'pdf-lib';
import type { CertificateInfo } from '../../shared/ipc/channels/pdf';
import { generateSealingCertificate } from '../../electron/main/services/keys';
import { exportAgreementPdf } from '../../electron/main/services/pdf/export';
import { renderAgreementPdf } from '../../electron/main/services/pdf/render';
import { EXTRA_COMMITMENTS, grownAgreement } from '../data/ten-pages';
import { resultOf, type ScenarioResult } from '../lib/result';
import { timed } from '../lib/stats';

export async function exportPdf(runs: number, warmup: number): Promise<ScenarioResult[]> {
  const { version, auditEvents } = grownAgreement();
  const cert = generateSealingCertificate({ commonName: 'Common Ground seal (bench)', organisation: 'Bench' });
  const info: CertificateInfo = { subject: cert.subject, fingerprint: cert.fingerprint, origin: 'this-install', validUntil: cert.validUntil };
  const certificate = { p12: cert.p12, passphrase: cert.passphrase, info };
  const sealed = () => exportAgreementPdf({ version, auditEvents, certificate, watermark: false });
  const layoutOnly = () => renderAgreementPdf({ version, auditEvents, contentHash: version.contentHash!, certificate: info, watermark: false, sealed: true });

  const pages = (await PDFDocument.load(await sealed())).getPageCount();
  const exportRuns: number[] = [];
  const baseRuns: number[] = [];
  for (let i = 0; i < warmup + runs; i += 1) {
    const e = await timed(sealed);
    const b = await timed(layoutOnly);
    if (i >= warmup) {
      exportRuns.push(e);
      baseRuns.push(b);
    }
  }
  const note = `Node ${process.version}, in-process; ${pages}-page signed agreement (fixture + ${EXTRA_COMMITMENTS} commitments), sealed with a 2048-bit RSA key. Baseline: @react-pdf renderToBuffer of the same document.`;
  return [
    resultOf({ name: `export: sealed PDF, ${pages} pages`, runs: exportRuns, target: '< 1000 ms', check: ({ median }) => median < 1000, note, extra: { pages } }),
    resultOf({
      name: 'export: overhead vs @react-pdf alone',
      runs: exportRuns,
      baselineRuns: baseRuns,
      target: '≤ 1.5× baseline',
      check: ({ ratio }) => ratio !== null && ratio <= 1.5,
      note: 'Same runs as above; ratio = (layout + attach + seal) / layout.',
    }),
  ];
}
