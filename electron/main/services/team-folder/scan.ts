import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AgreementFile } from '../../../../shared/model/agreement';
import { readFolderPath, type FolderFile } from '../../../../shared/team-folder/names';
import { trustVerdict } from '../../../../shared/rules/pdf-trust';
import { verifyPdf, type OriginLookup } from '../pdf/verify';
import { loadFolderIndex, saveFolderIndex, type FolderIndex, type IndexedFile } from './index-store';

/**
 * Reads the team folder into what this laptop can show: every signed version's PDF verified
 * (seal intact and whole, certificate known or not), conflict copies recognised as duplicates,
 * half-synced files left for the next scan, tampered files listed as such, removed files kept as
 * "removed". Files the index already knows unchanged are not read again.
 */

export type FolderStatus = IndexedFile['status'];

export interface FolderRecord extends IndexedFile {
  path: string;
}

export interface ScanOptions {
  folder: string;
  /** Where the index lives (this install's data folder, never the shared one). */
  dataFolder: string;
  /** Where a seal's certificate comes from on this install. */
  originOf: OriginLookup;
  /** Certificates of colleagues' laptops this install was told to trust (fingerprints). */
  trusted: ReadonlySet<string>;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  now?: () => Date;
}

export interface ScanResult {
  records: FolderRecord[];
  /** Records whose status is new since the last scan, with the agreement for the ones to index. */
  changed: (FolderRecord & { agreement: AgreementFile | null })[];
  /** True when the scan was cancelled part-way; what it read is kept for the next one. */
  cancelled: boolean;
}

/** Names the layout never holds: sync engines' own files and temporary names (ours and theirs). */
const skipped = (name: string) => name.startsWith('.') || name.startsWith('~') || name.endsWith('.tmp') || name.endsWith('.partial');

async function filesBelow(root: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(root, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const entry of entries) {
    if (skipped(entry.name)) continue;
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await filesBelow(root, path)));
    else if (entry.isFile()) found.push(path);
  }
  return found.sort();
}

/** A PDF that does not end with %%EOF is still arriving (or was cut): try again later, never "tampered". */
const looksWhole = (bytes: Uint8Array) => Buffer.from(bytes.subarray(Math.max(0, bytes.length - 32))).toString('latin1').includes('%%EOF');

const blank = (size: number, mtimeMs: number, seenAt: string): IndexedFile => ({
  size,
  mtimeMs,
  status: 'other',
  agreementId: null,
  versionId: null,
  version: null,
  label: null,
  fingerprint: null,
  sealedBy: null,
  sealedAt: null,
  seenAt,
  note: '',
});

async function readAgreementFile(bytes: Uint8Array, file: Extract<FolderFile, { kind: 'agreement' }>, options: ScanOptions, base: IndexedFile): Promise<{ entry: IndexedFile; agreement: AgreementFile | null }> {
  if (!looksWhole(bytes)) return { entry: { ...base, status: 'incomplete', note: 'Still arriving: read again on the next scan.' }, agreement: null };
  const report = await verifyPdf(bytes, options.originOf);
  const agreement = report.agreement;
  const version = agreement?.version;
  const facts = {
    agreementId: version?.agreementId ?? file.agreementId,
    versionId: version?.id ?? null,
    version: version?.version ?? file.version,
    label: version ? `${version.content.organisation} · ${version.content.quarter}` : null,
    fingerprint: report.certificate?.fingerprint ?? null,
    sealedBy: report.certificate?.subject ?? null,
    sealedAt: report.sealedAt,
  };
  const verdict = trustVerdict(report);
  if (verdict === 'untrusted') return { entry: { ...base, ...facts, status: 'tampered', note: report.problems.join(' ') || 'The seal does not verify.' }, agreement: null };
  // The name is part of the record: a file whose name and contents disagree was moved or edited by hand.
  if (version && (version.agreementId !== file.agreementId || version.version !== file.version || version.contentHash !== file.contentHash)) {
    return { entry: { ...base, ...facts, status: 'tampered', note: `The file name says version ${file.version} of ${file.agreementId}, but it holds version ${version.version} of ${version.agreementId}.` }, agreement: null };
  }
  const trusted = verdict === 'trusted' || (facts.fingerprint !== null && options.trusted.has(facts.fingerprint));
  return { entry: { ...base, ...facts, status: trusted ? 'verified' : 'unconfirmed', note: trusted ? '' : 'Intact, sealed by a laptop you have not confirmed yet.' }, agreement };
}

export async function scanTeamFolder(options: ScanOptions): Promise<ScanResult> {
  const now = options.now ?? (() => new Date());
  const before = await loadFolderIndex(options.dataFolder, options.folder);
  const index: FolderIndex = { folder: options.folder, files: {} };
  const changed: ScanResult['changed'] = [];
  const paths = await filesBelow(options.folder);
  let cancelled = false;

  for (const [done, path] of paths.entries()) {
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    const file = readFolderPath(path);
    let info;
    try {
      info = await stat(join(options.folder, ...path.split('/')));
    } catch {
      continue; // gone between listing and reading: the next scan sees it removed
    }
    const known = before.files[path];
    if (known && known.size === info.size && known.mtimeMs === info.mtimeMs && known.status !== 'incomplete' && known.status !== 'removed') {
      index.files[path] = known;
      options.onProgress?.(done + 1, paths.length);
      continue;
    }
    const base = blank(info.size, info.mtimeMs, known?.seenAt ?? now().toISOString());
    let entry: IndexedFile = base;
    let agreement: AgreementFile | null = null;
    if (file.kind === 'agreement') {
      ({ entry, agreement } = await readAgreementFile(await readFile(join(options.folder, ...path.split('/'))), file, options, base));
      if (file.copyOf && entry.status !== 'tampered' && entry.status !== 'incomplete') {
        const of = file.copyOf.split('/').pop();
        const made = file.engine === 'a copy' ? `A copy of ${of}` : `A conflict copy ${file.engine} made of ${of}`;
        entry = { ...entry, status: 'duplicate', note: `${made}: the same record, shown once.` };
        agreement = null;
      }
    }
    index.files[path] = entry;
    if (!known || known.status !== entry.status) changed.push({ ...entry, path, agreement });
    options.onProgress?.(done + 1, paths.length);
  }

  if (!cancelled) {
    // A file that left the folder stays listed as removed; the laptop keeps its own copy.
    for (const [path, known] of Object.entries(before.files)) {
      if (index.files[path] || known.status === 'other') continue;
      const removed: IndexedFile = { ...known, status: 'removed', note: 'No longer in the team folder; this laptop keeps its copy.' };
      index.files[path] = removed;
      if (known.status !== 'removed') changed.push({ ...removed, path, agreement: null });
    }
  } else {
    for (const [path, known] of Object.entries(before.files)) if (!index.files[path]) index.files[path] = known;
  }
  await saveFolderIndex(options.dataFolder, index);
  const records = Object.entries(index.files)
    .filter(([, entry]) => entry.status !== 'other')
    .map(([path, entry]) => ({ ...entry, path }));
  return { records, changed, cancelled };
}
