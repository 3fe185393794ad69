import { z } from 'zod';
import { returns } from './returns';

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** Where the app keeps its files (backups, keys); shown in Settings. */
  dataFolder: string;
  /** 'electron' in the desktop app, 'web' in the browser harness, 'cli' on the command line. */
  shell: 'electron' | 'web' | 'cli';
}

export const appChannels = {
  getAppInfo: { channel: 'renderer:get-app-info', input: z.object({}).strict(), output: returns<AppInfo>() },
} as const;
