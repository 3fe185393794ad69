import type { PdfVerifyReport } from '../ipc/channels/pdf';

/**
 * What a person should make of a verified PDF:
 * - trusted: sealed, no byte changed, nothing appended, an embedded agreement whose hash matches,
 *   no problems, and the seal comes from this installation or the organisation's imported certificate;
 * - unknown-sealer: all of that holds, but the certificate is one this app does not know. An intact
 *   seal proves nothing by itself: anyone can edit a file and reseal it with their own certificate;
 * - untrusted: anything else.
 */
export type TrustVerdict = 'trusted' | 'unknown-sealer' | 'untrusted';

export type TrustFacts = Pick<PdfVerifyReport, 'sealed' | 'intact' | 'coversWholeFile' | 'hashMatches' | 'problems'> & {
  agreement: unknown;
  certificate: Pick<NonNullable<PdfVerifyReport['certificate']>, 'origin'> | null;
};

export function trustVerdict(report: TrustFacts): TrustVerdict {
  const sound = report.sealed && report.intact && report.coversWholeFile && report.agreement !== null && report.hashMatches && report.problems.length === 0;
  if (!sound) return 'untrusted';
  const origin = report.certificate?.origin;
  return origin === 'this-install' || origin === 'imported' ? 'trusted' : 'unknown-sealer';
}

/** The line beside "Import into library": importing is always possible, the advice depends on the verdict. */
export function importAdvice(verdict: TrustVerdict): string {
  if (verdict === 'trusted') return 'The embedded agreement can be added to your library as its own record.';
  if (verdict === 'unknown-sealer') return 'The seal is intact but made with a certificate this app does not know; import it only if you trust the sender.';
  return 'The embedded agreement did not verify; import it only if you know where it came from.';
}
