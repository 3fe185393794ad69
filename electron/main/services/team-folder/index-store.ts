import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../atomic-file';

/**
 * What the last scan saw of each file, kept in the data folder, so start-up and every later scan
 * read only what changed (size or modification time) instead of re-verifying the whole folder.
 */
export const IndexedFileSchema = z.object({
  size: z.number().int().min(0),
  mtimeMs: z.number(),
  status: z.enum(['verified', 'unconfirmed', 'tampered', 'incomplete', 'duplicate', 'removed', 'other']),
  agreementId: z.string().nullable(),
  versionId: z.string().nullable(),
  version: z.number().int().nullable(),
  /** "Northwind Analytics · 2027-Q1": which agreement, in words. */
  label: z.string().max(300).nullable().default(null),
  fingerprint: z.string().nullable(),
  sealedBy: z.string().nullable(),
  sealedAt: z.string().nullable(),
  /** When this laptop first saw the file (for "arrived"). */
  seenAt: z.string(),
  /** For a conflict copy, the record it duplicates; for a tampered file, why. */
  note: z.string().default(''),
});
export type IndexedFile = z.infer<typeof IndexedFileSchema>;

export const FolderIndexSchema = z.object({ folder: z.string(), files: z.record(z.string(), IndexedFileSchema) });
export type FolderIndex = z.infer<typeof FolderIndexSchema>;

const FILE = 'team-folder-index.json';

export async function loadFolderIndex(dataFolder: string, folder: string): Promise<FolderIndex> {
  try {
    const parsed = FolderIndexSchema.safeParse(JSON.parse(await readFile(join(dataFolder, FILE), 'utf8')));
    // An index of another folder (the user picked a new one) starts afresh.
    if (parsed.success && parsed.data.folder === folder) return parsed.data;
  } catch {
    // No index yet, or an unreadable one: the next scan rebuilds it.
  }
  return { folder, files: {} };
}

export async function saveFolderIndex(dataFolder: string, index: FolderIndex): Promise<void> {
  await writeFileAtomic(join(dataFolder, FILE), Buffer.from(JSON.stringify(index)));
}
