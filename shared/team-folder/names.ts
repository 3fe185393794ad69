/**
 * The team library folder's layout, and how to read a file name in it. The folder is shared by
 * a sync engine the company already runs (OneDrive, Google Drive, Dropbox, Syncthing, a network
 * share), so every record is a file of its own that is created once and never rewritten:
 *
 *   agreements/<agreementId>/<version>-<contentHash>.pdf   a signed version, as its sealed PDF
 *   reviews/<agreementId>/<deviceId>-<sequence>.json        one quarterly-review entry
 *   certificates/<fingerprint>.pem                          each install's seal certificate
 *
 * Sync engines that meet two edits of one file keep both under a changed name; those conflict
 * copies are recognised here and read as duplicates of the record they copy, never as a second one.
 */

export const AGREEMENTS_DIR = 'agreements';
export const REVIEWS_DIR = 'reviews';
export const CERTIFICATES_DIR = 'certificates';

const ID = '[A-Za-z0-9_-]{1,64}';
const HASH = '[0-9a-f]{64}';

/** The conflict-copy marks of the common sync engines, each removed to find the original name. */
const CONFLICT_MARKS: { engine: string; pattern: RegExp }[] = [
  // Syncthing: name.sync-conflict-20261207-101500-ABCDEFG.pdf
  { engine: 'Syncthing', pattern: /\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}(?=\.[a-z]+$)/ },
  // Dropbox: name (conflicted copy 2026-12-07).pdf, name (Jane's conflicted copy 2026-12-07).pdf
  { engine: 'Dropbox', pattern: / \([^()]*conflicted copy[^()]*\)(?=\.[a-z]+$)/i },
  // OneDrive / SharePoint: name-DESKTOP-AB12CD3.pdf, name-LAPTOP-XY.pdf
  { engine: 'OneDrive', pattern: /-(?:DESKTOP|LAPTOP)-[A-Z0-9]{2,15}(?:-\d+)?(?=\.[a-z]+$)/ },
  // Google Drive, file explorers and many others: name (1).pdf
  { engine: 'a copy', pattern: / \(\d{1,3}\)(?=\.[a-z]+$)/ },
];

export type FolderFile =
  | { kind: 'agreement'; agreementId: string; version: number; contentHash: string; copyOf: string | null; engine: string | null }
  | { kind: 'review'; agreementId: string; deviceId: string; sequence: number; copyOf: string | null; engine: string | null }
  | { kind: 'certificate'; fingerprint: string; copyOf: string | null; engine: string | null }
  | { kind: 'other' };

const AGREEMENT = new RegExp(`^${AGREEMENTS_DIR}/(${ID})/(\\d{1,6})-(${HASH})\\.pdf$`);
const REVIEW = new RegExp(`^${REVIEWS_DIR}/(${ID})/(${ID})-(\\d{1,9})\\.json$`);
const CERTIFICATE = new RegExp(`^${CERTIFICATES_DIR}/([0-9a-f]{64})\\.pem$`);

/** The original name behind a conflict copy, with the engine that made it; the name itself when it is none. */
export function withoutConflictMark(path: string): { original: string; engine: string | null } {
  for (const { engine, pattern } of CONFLICT_MARKS) {
    if (pattern.test(path)) return { original: path.replace(pattern, ''), engine };
  }
  return { original: path, engine: null };
}

/** What a file in the folder is, from its path relative to the folder ('/'-separated). */
export function readFolderPath(path: string): FolderFile {
  const { original, engine } = withoutConflictMark(path);
  const copyOf = engine ? original : null;
  const agreement = AGREEMENT.exec(original);
  if (agreement) return { kind: 'agreement', agreementId: agreement[1], version: Number(agreement[2]), contentHash: agreement[3], copyOf, engine };
  const review = REVIEW.exec(original);
  if (review) return { kind: 'review', agreementId: review[1], deviceId: review[2], sequence: Number(review[3]), copyOf, engine };
  const certificate = CERTIFICATE.exec(original);
  if (certificate) return { kind: 'certificate', fingerprint: certificate[1], copyOf, engine };
  return { kind: 'other' };
}

export const agreementPath = (agreementId: string, version: number, contentHash: string) => `${AGREEMENTS_DIR}/${agreementId}/${version}-${contentHash}.pdf`;
export const reviewPath = (agreementId: string, deviceId: string, sequence: number) => `${REVIEWS_DIR}/${agreementId}/${deviceId}-${String(sequence).padStart(6, '0')}.json`;
export const certificatePath = (fingerprint: string) => `${CERTIFICATES_DIR}/${fingerprint}.pem`;
