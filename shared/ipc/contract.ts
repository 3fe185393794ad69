import type { z } from 'zod';
import { appChannels } from './channels/app';
import { fileChannels } from './channels/files';
import { presenterChannels } from './channels/presenter';
import { backupChannels } from './channels/backups';
import { pdfChannels } from './channels/pdf';
import { witnessChannels } from './channels/witness';
import { roomChannels } from './channels/room';
import { teamFolderChannels } from './channels/team-folder';

export type { AppInfo } from './channels/app';
export type { SavedFile } from './channels/files';

/**
 * The one list of what the renderer may ask of the main process. Each entry names its channel
 * (`renderer:<verb>`), the zod schema its input must pass and the type it resolves to. The preload,
 * the main-process registry, the web harness and the renderer's bridge are all derived from it.
 * Each area keeps its channels in `channels/<area>.ts`; add the area here with one spread.
 */
export const contract = {
  ...appChannels,
  ...fileChannels,
  ...presenterChannels,
  ...backupChannels,
  ...pdfChannels,
  ...witnessChannels,
  ...roomChannels,
  ...teamFolderChannels,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type InputOf<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends Method> = z.output<Contract[M]['input']>;
export type OutputOf<M extends Method> = Contract[M]['output'];
export const METHODS = Object.keys(contract) as Method[];
export const isMethod = (name: string): name is Method => Object.prototype.hasOwnProperty.call(contract, name);
