import { KeyStore } from '../../main/services/keys';
import { verifyPdf } from '../../main/services/pdf/verify';
import { trustVerdict, type TrustVerdict } from '../../../shared/rules/pdf-trust';
import type { PdfVerifyReport } from '../../../shared/ipc/channels/pdf';
import { EXIT, parseArgs, type CliCommand } from '../types';
import { readInputFile } from '../inputs';

const yes = (b: boolean) => (b ? 'yes' : 'NO');

export function describeReport(r: PdfVerifyReport): string[] {
  const lines = [
    `Sealed:              ${yes(r.sealed)}`,
    `Intact:              ${yes(r.intact)}`,
    `Covers whole file:   ${yes(r.coversWholeFile)}`,
    `Certificate:         ${r.certificate ? `${r.certificate.subject} (${r.certificate.origin})` : '—'}`,
    `Cert SHA-256:        ${r.certificate?.fingerprint ?? '—'}`,
    `Sealed at:           ${r.sealedAt ?? '—'}`,
    `Agreement:           ${r.agreement ? `${r.agreement.version.content.organisation} · ${r.agreement.version.content.quarter} · v${r.agreement.version.version} (${r.agreement.version.status})` : '—'}`,
    `Content hash match:  ${yes(r.hashMatches)}`,
  ];
  for (const s of r.signers) lines.push(`Signed by:           ${s.name}${s.title ? `, ${s.title}` : ''} (${s.team}) at ${s.signedAt} [${s.timeZone}], ${s.method}`);
  for (const p of r.problems) lines.push(`Problem:             ${p}`);
  return lines;
}

/** The same verdict the Verify screen gives (shared/rules/pdf-trust). */
const RESULT_LINE: Record<TrustVerdict, string> = {
  trusted: 'Result:              VALID — sealed, unchanged and complete.',
  'unknown-sealer': 'Result:              NOT TRUSTED — the seal is intact but its certificate is unknown here (import it in Settings if you trust the sender).',
  untrusted: 'Result:              NOT VALID — see the problems above.',
};

export const command: CliCommand = {
  name: 'verify',
  summary: 'Check a PDF’s seal, that it covers the whole file, and its embedded agreement. Exit 0 only when intact, whole and sealed with a known certificate.',
  usage: 'verify <file.pdf> [--json]',
  async run(args, ctx) {
    const { positional, options } = parseArgs(args, ['json']);
    if (!positional[0]) {
      ctx.err(`Usage: ${this.usage}`);
      return EXIT.usage;
    }
    const bytes = new Uint8Array(await readInputFile(positional[0], ctx.cwd, 'PDF'));
    const keys = new KeyStore(ctx.deps);
    const report = await verifyPdf(bytes, (fp) => keys.originOf(fp));
    const verdict = trustVerdict(report);
    const trusted = verdict === 'trusted';
    if (options.json) ctx.out(JSON.stringify({ ...report, trusted, verdict }, null, 2));
    else {
      for (const line of describeReport(report)) ctx.out(line);
      ctx.out(RESULT_LINE[verdict]);
    }
    return trusted ? EXIT.ok : EXIT.negative;
  },
};
