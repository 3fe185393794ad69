import { z } from 'zod';

/** Marks the output type of a channel; the value is never read at run time. */
const returns = <T>() => undefined as unknown as T;

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** Where the app keeps its files (backups, keys); shown in Settings. */
  dataFolder: string;
  /** 'electron' in the desktop app, 'web' in the browser harness. */
  shell: 'electron' | 'web';
}

export interface SavedFile {
  path: string;
  bytes: number;
  sha256: string;
}

const FileNameSchema = z
  .string()
  .trim()
  .min(1, 'A file name is required')
  .max(200)
  .refine((n) => !/[\\/:*?"<>|]/.test(n) && !n.includes('\u0000') && n !== '.' && n !== '..', 'A file name cannot contain path separators or reserved characters');

/**
 * The one list of what the renderer may ask of the main process. Each entry names its channel
 * (`renderer:<verb>`), the zod schema its input must pass and the type it resolves to. The preload,
 * the main-process registry, the web harness and the renderer's bridge are all derived from it.
 */
export const contract = {
  getAppInfo: { channel: 'renderer:get-app-info', input: z.object({}).strict(), output: returns<AppInfo>() },
  saveFile: {
    channel: 'renderer:save-file',
    input: z
      .object({
        suggestedName: FileNameSchema,
        /** File contents, base64 for binary files. */
        base64: z.string().max(200_000_000),
        filters: z.array(z.object({ name: z.string().max(60), extensions: z.array(z.string().max(10)).max(10) })).max(5).default([]),
      })
      .strict(),
    output: returns<SavedFile | null>(),
  },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type InputOf<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends Method> = z.output<Contract[M]['input']>;
export type OutputOf<M extends Method> = Contract[M]['output'];
export const METHODS = Object.keys(contract) as Method[];
