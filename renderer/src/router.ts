import { useSyncExternalStore } from 'react';
import { isStepId, type StepId } from '../../shared/model/step-ids';

export type Route =
  | { name: 'library' }
  | { name: 'new-workshop' }
  | { name: 'workshop'; workshopId: string; step: StepId }
  | { name: 'verify' }
  | { name: 'settings' }
  | { name: 'backups' }
  | { name: 'review'; versionId: string }
  | { name: 'history'; agreementId: string }
  | { name: 'audience'; workshopId: string };

/** Routes live in the hash so a reload in the browser harness or Electron lands on the same screen. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'new':
      return { name: 'new-workshop' };
    case 'workshop': {
      // The plain list, not the zod schema or the step registry: the router is part of the start-up
      // bundle, and the registry's screens import the router (no import circle).
      const step = isStepId(parts[2]) ? parts[2] : 'participants';
      return parts[1] ? { name: 'workshop', workshopId: parts[1], step } : { name: 'library' };
    }
    case 'verify':
      return { name: 'verify' };
    case 'settings':
      return { name: 'settings' };
    case 'backups':
      return { name: 'backups' };
    case 'review':
      return parts[1] ? { name: 'review', versionId: parts[1] } : { name: 'library' };
    case 'history':
      return parts[1] ? { name: 'history', agreementId: parts[1] } : { name: 'library' };
    case 'audience':
      return parts[1] ? { name: 'audience', workshopId: parts[1] } : { name: 'library' };
    default:
      return { name: 'library' };
  }
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'workshop':
      return `#/workshop/${encodeURIComponent(route.workshopId)}/${route.step}`;
    case 'new-workshop':
      return '#/new';
    case 'review':
      return `#/review/${encodeURIComponent(route.versionId)}`;
    case 'history':
      return `#/history/${encodeURIComponent(route.agreementId)}`;
    case 'audience':
      return `#/audience/${encodeURIComponent(route.workshopId)}`;
    default:
      return `#/${route.name}`;
  }
}

export function navigate(route: Route) {
  window.location.hash = routeHash(route);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
