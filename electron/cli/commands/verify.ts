import { KeyStore } from '../../main/services/keys';
import { verifyPdf } from '../../main/services/pdf/verify';
import { trustVerdict, type TrustVerdict } from '../../../shared/rules/pdf-trust';
import type { CertificateInfo, PdfVerifyReport } from '../../../shared/ipc/channels/pdf';
import { AppFailure } from '../../../shared/ipc/result';
import { parseCommandLine } from '../args';
import { EXIT, type CliCommand, type CliContext } from '../types';
import { readInputFile } from '../inputs';

const yes = (b: boolean) => (b ? 'yes' : 'NO');

/** "AB:CD:…", the way certificate fingerprints are read out loud and printed by other tools. */
export const colonFingerprint = (hex: string) => (hex.toUpperCase().match(/[0-9A-F]{2}/g) ?? []).join(':');

export function describeReport(r: PdfVerifyReport): string[] {
  const lines = [
    `Sealed:              ${yes(r.sealed)}`,
    `Intact:              ${yes(r.intact)}`,
    `Covers whole file:   ${yes(r.coversWholeFile)}`,
    `Certificate:         ${r.certificate ? `${r.certificate.subject} (${r.certificate.origin})` : '—'}`,
    `Cert SHA-256:        ${r.certificate ? colonFingerprint(r.certificate.fingerprint) : '—'}`,
    `Sealed at:           ${r.sealedAt ?? '—'}`,
    `Agreement:           ${r.agreement ? `${r.agreement.version.content.organisation} · ${r.agreement.version.content.quarter} · v${r.agreement.version.version} (${r.agreement.version.status})` : '—'}`,
    `Content hash match:  ${yes(r.hashMatches)}`,
  ];
  for (const s of r.signers) lines.push(`Signed by:           ${s.name}${s.title ? `, ${s.title}` : ''} (${s.team}) at ${s.signedAt} [${s.timeZone}], ${s.method}`);
  for (const p of r.problems) lines.push(`Problem:             ${p}`);
  return lines;
}

/**
 * What one file came to. The shared trust verdict (the Verify screen's) decides; a file it does not
 * trust is then named by what is wrong with it, so a draft is not called "altered".
 */
export type FileResult = 'known' | 'unknown-certificate' | 'altered' | 'not-sealed' | 'unverified-copy' | 'not-an-agreement' | 'cannot-open';

/** Statuses that say every required team signed: an unsealed file claiming one is a copy nobody vouches for. */
const CLAIMS_SIGNED = new Set(['signed', 'superseded', 'archived']);

export function resultOf(report: PdfVerifyReport, verdict: TrustVerdict = trustVerdict(report)): FileResult {
  if (verdict === 'trusted') return 'known';
  if (verdict === 'unknown-sealer') return 'unknown-certificate';
  // An unsealed file claiming to be signed: what export makes of signatures this install could not vouch for (IMPORTED COPY — NOT VERIFIED), or a forgery.
  if (!report.sealed) return report.agreement && CLAIMS_SIGNED.has(report.agreement.version.status) ? 'unverified-copy' : 'not-sealed';
  // An intact seal over the whole file that carries no agreement: a PDF someone else sealed, not an edited one of ours.
  if (report.intact && report.coversWholeFile && report.agreement === null && report.problems.length === 1) return 'not-an-agreement';
  return 'altered';
}

const ORIGIN: Record<CertificateInfo['origin'], string> = {
  'this-install': 'this install’s own certificate',
  imported: 'an imported organisation certificate',
  unknown: 'unknown',
};

const reasons = (r: PdfVerifyReport) => r.problems.join(' ');

export function verdictLine(file: string, result: FileResult, r: PdfVerifyReport): string {
  switch (result) {
    case 'known':
      return `${file}: intact and sealed by a known certificate (${r.certificate!.subject}; ${ORIGIN[r.certificate!.origin]})`;
    case 'unknown-certificate':
      return `${file}: intact, but sealed by a certificate this machine does not know yet — compare this fingerprint with the sender by phone or in person: ${colonFingerprint(r.certificate!.fingerprint)} (${r.certificate!.subject})`;
    case 'altered':
      return `${file}: altered — ${reasons(r)}`;
    case 'not-sealed':
      return `${file}: not sealed — ${reasons(r)}`;
    case 'unverified-copy':
      return `${file}: not sealed — imported, not verified: it says it was signed by ${r.signers.map((s) => s.name).join(', ') || 'nobody'}, but carries no seal, so nothing shows those signatures belong to this content; ask for the original sealed PDF`;
    case 'not-an-agreement':
      return `${file}: sealed, but not a Common Ground agreement — ${reasons(r)}`;
    case 'cannot-open':
      return `${file}: ${reasons(r)}`;
  }
}

/**
 * The exit code for a whole run, worst first, so `verify *.pdf` is 0 only when every file is good:
 * 1 if any file is altered, not sealed (an imported, unverified copy included) or not an agreement; else 2 if a file could not be opened;
 * else 3 if a seal is intact but its certificate is unknown here; else 0.
 */
export function exitCodeFor(results: FileResult[]): number {
  if (results.some((r) => r === 'altered' || r === 'not-sealed' || r === 'unverified-copy' || r === 'not-an-agreement')) return EXIT.negative;
  if (results.includes('cannot-open')) return EXIT.usage;
  if (results.includes('unknown-certificate')) return EXIT.unknownCertificate;
  return EXIT.ok;
}

async function verifyFile(file: string, keys: KeyStore, ctx: CliContext): Promise<{ report: PdfVerifyReport; result: FileResult }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readInputFile(file, ctx.cwd, 'PDF'));
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    const report: PdfVerifyReport = { sealed: false, intact: false, coversWholeFile: false, certificate: null, agreement: null, hashMatches: false, signers: [], sealedAt: null, problems: [error.message] };
    return { report, result: 'cannot-open' };
  }
  const report = await verifyPdf(bytes, (fp) => keys.originOf(fp));
  return { report, result: resultOf(report) };
}

export const command: CliCommand = {
  name: 'verify',
  summary:
    'Check each PDF’s seal, that it covers the whole file, and its embedded agreement; one line per file. Exit 0 only when every file is intact and sealed with a known certificate.',
  usage: 'verify <file.pdf> [more.pdf …] [--details] [--json]',
  help: [
    'Each file gets one line, "<file>: <verdict>":',
    '  intact and sealed by a known certificate (<name>)',
    '  intact, but sealed by a certificate this machine does not know yet — compare this fingerprint with the sender by phone or in person: <SHA-256>',
    '  altered — <why>             (a byte changed, an edit appended after the seal, a damaged certificate, content not matching its signed hash)',
    '  not sealed — <why>          (a draft, or not a PDF)',
    '  not sealed — imported, not verified: <signers>   (a copy claiming signatures no seal vouches for)',
    '  sealed, but not a Common Ground agreement — <why>',
    'Known certificates: this install’s own (made on first export, in CG_DATA_DIR or ~/.local/share/common-ground),',
    'and every .p12 given to `export --p12`. Point CG_DATA_DIR at the app’s data folder to use the certificates the app knows',
    '(its own and the one imported in Settings).',
    'Exit code: 0 every file known and intact; 1 any file altered, not sealed or not an agreement;',
    '           2 bad usage or a file that cannot be opened; 3 otherwise, when some seal’s certificate is unknown here.',
    '--details  print the full report (signers, sealing time, every problem) above each file’s line.',
    '--json     one JSON object per file, one per line.',
  ],
  async run(args, ctx) {
    const { positionals: files, values } = parseCommandLine(this.name, args, {
      options: { json: { type: 'boolean' }, details: { type: 'boolean' } },
      positionals: { names: ['<file.pdf>'], min: 1, max: Number.MAX_SAFE_INTEGER },
    });
    const keys = new KeyStore(ctx.deps);
    const results: FileResult[] = [];
    for (const file of files) {
      const { report, result } = await verifyFile(file, keys, ctx);
      results.push(result);
      if (values.json) {
        ctx.out(JSON.stringify({ file, result, ...report, verdict: result === 'cannot-open' ? 'untrusted' : trustVerdict(report), trusted: result === 'known' }));
        continue;
      }
      if (values.details && result !== 'cannot-open') {
        for (const line of describeReport(report)) ctx.out(`  ${line}`);
      }
      // A file that cannot be opened is an error about the command line, like any other command's.
      (result === 'cannot-open' ? ctx.err : ctx.out)(verdictLine(file, result, report));
    }
    return exitCodeFor(results);
  },
};
