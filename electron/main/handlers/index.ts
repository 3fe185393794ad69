import type { ServiceDeps } from '../services/deps';
import type { Handlers } from './types';
import { createCoreHandlers } from './core';
import { createBackupHandlers } from './backups';
import { createPdfHandlers } from './pdf';
import { createPresenterHandlers } from './presenter';
import { createRoomHandlers } from './room';
import { createTeamFolderHandlers } from './team-folder';
import { KeyStore } from '../services/keys';

/** Every contract method's handler, built once from the host's dependencies. */
export function createHandlers(deps: ServiceDeps): Handlers {
  // One key store for every handler: two would each make this install's key on first use.
  const keys = new KeyStore(deps);
  return {
    ...createCoreHandlers(deps),
    ...createBackupHandlers(deps),
    ...createPdfHandlers(deps, keys),
    ...createPresenterHandlers(deps),
    ...createRoomHandlers(deps),
    ...createTeamFolderHandlers(deps, keys),
  };
}
