import type { ServiceDeps } from '../services/deps';
import type { HandlersFor } from './types';
import { listBackups, readBackup, writeBackup } from '../services/backups';

export function createBackupHandlers(deps: ServiceDeps): HandlersFor<'writeBackup' | 'listBackups' | 'readBackup'> {
  return {
    writeBackup: async ({ base64, reason }) => writeBackup(deps.dataFolder, Buffer.from(base64, 'base64'), reason),
    listBackups: async () => listBackups(deps.dataFolder),
    readBackup: async ({ name }) => ({ base64: (await readBackup(deps.dataFolder, name)).toString('base64') }),
  };
}
