import type { ServiceDeps } from '../services/deps';
import type { Handlers } from './types';
import { createCoreHandlers } from './core';
import { createBackupHandlers } from './backups';
import { createPdfHandlers } from './pdf';
import { createPresenterHandlers } from './presenter';
import { createRoomHandlers } from './room';

/** Every contract method's handler, built once from the host's dependencies. */
export function createHandlers(deps: ServiceDeps): Handlers {
  return {
    ...createCoreHandlers(deps),
    ...createBackupHandlers(deps),
    ...createPdfHandlers(deps),
    ...createPresenterHandlers(deps),
    ...createRoomHandlers(deps),
  };
}
