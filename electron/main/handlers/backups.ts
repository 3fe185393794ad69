import type { ServiceDeps } from '../services/deps';
import type { HandlersFor } from './types';
import { abortBackup, appendBackup, beginBackup, finishBackup, listBackups, readBackupChunk } from '../services/backups';

type BackupMethods = 'beginBackup' | 'appendBackup' | 'finishBackup' | 'abortBackup' | 'listBackups' | 'readBackupChunk';

export function createBackupHandlers(deps: ServiceDeps): HandlersFor<BackupMethods> {
  return {
    beginBackup: async ({ reason }) => beginBackup(deps.dataFolder, reason),
    // The schema has checked the base64 alphabet and length, so decoding cannot silently drop characters.
    appendBackup: async ({ uploadId, offset, base64 }) => appendBackup(deps.dataFolder, uploadId, offset, Buffer.from(base64, 'base64')),
    finishBackup: async ({ uploadId, bytes }) => finishBackup(deps.dataFolder, uploadId, bytes),
    abortBackup: async ({ uploadId }) => abortBackup(deps.dataFolder, uploadId),
    listBackups: async () => listBackups(deps.dataFolder),
    readBackupChunk: async ({ name, offset }) => {
      const { data, bytes } = await readBackupChunk(deps.dataFolder, name, offset);
      return { base64: data.toString('base64'), bytes };
    },
  };
}
