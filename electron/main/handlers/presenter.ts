import type { AudienceDisplayInfo } from '../../../shared/ipc/channels/presenter';
import { AppFailure } from '../../../shared/ipc/result';
import type { AudienceHost, ServiceDeps } from '../services/deps';
import type { HandlersFor } from './types';

function describe(host: AudienceHost | undefined): AudienceDisplayInfo {
  if (!host) return { available: false, displays: 1, reason: 'The audience view on a second display is available in the desktop app.', open: false };
  const displays = host.displayCount();
  const available = displays > 1;
  return { available, displays, reason: available ? null : 'Connect a projector or second screen to show the audience view there.', open: host.isOpen() };
}

export function createPresenterHandlers(deps: ServiceDeps): HandlersFor<'getAudienceDisplay' | 'openAudienceWindow' | 'closeAudienceWindow'> {
  return {
    getAudienceDisplay: async () => describe(deps.audience),
    openAudienceWindow: async ({ workshopId }) => {
      const info = describe(deps.audience);
      if (!deps.audience || !info.available) throw new AppFailure('NOT_FOUND', info.reason ?? 'No second display');
      await deps.audience.open(workshopId);
      return describe(deps.audience);
    },
    closeAudienceWindow: async () => {
      deps.audience?.close();
      return describe(deps.audience);
    },
  };
}
