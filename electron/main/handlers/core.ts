import type { ServiceDeps } from '../services/deps';
import type { HandlersFor } from './types';
import { appInfo } from '../services/app-info';
import { writeFileAtomic } from '../services/atomic-file';

export function createCoreHandlers(deps: ServiceDeps): HandlersFor<'getAppInfo' | 'saveFile'> {
  return {
    getAppInfo: async () => appInfo(deps),
    saveFile: async ({ suggestedName, base64, filters }) => {
      const target = await deps.chooseSavePath(suggestedName, filters);
      if (!target) return null;
      return writeFileAtomic(target, Buffer.from(base64, 'base64'));
    },
  };
}
