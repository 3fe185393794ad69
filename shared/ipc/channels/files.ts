import { z } from 'zod';
import { returns } from './returns';

export interface SavedFile {
  path: string;
  bytes: number;
  sha256: string;
}

export const FileNameSchema = z
  .string()
  .trim()
  .min(1, 'A file name is required')
  .max(200)
  .refine((n) => !/[\\/:*?"<>|]/.test(n) && !n.includes('\u0000') && n !== '.' && n !== '..', 'A file name cannot contain path separators or reserved characters');

export const FileFilterSchema = z.object({ name: z.string().max(60), extensions: z.array(z.string().max(10)).max(10) });

export const fileChannels = {
  /** Asks the user where to save (a dialog in Electron, the downloads folder in the harness) and writes atomically. */
  saveFile: {
    channel: 'renderer:save-file',
    input: z
      .object({
        suggestedName: FileNameSchema,
        /** File contents as base64, so binary files cross the bridge intact; anything else is refused, not half-decoded. */
        base64: z
          .string()
          .max(200_000_000, 'The file is too large (over 150 MB)')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file contents are not valid base64')
          .refine((text) => text.length % 4 === 0, 'The file contents are not valid base64'),
        filters: z.array(FileFilterSchema).max(5).default([]),
      })
      .strict(),
    output: returns<SavedFile | null>(),
  },
} as const;
