import { API_GLOBAL, type CommonGroundApi } from '../../../shared/ipc/api';
import type { MenuCommand } from './menu-command';

type DesktopApi = CommonGroundApi & { onMenuCommand?: (cb: (command: MenuCommand) => void) => () => void };

declare global {
  interface Window {
    [API_GLOBAL]?: DesktopApi;
  }
}

const TOKEN_KEY = 'cg-harness-token';

/** The web harness hands the page a session token in the URL; keep it for reloads. */
function harnessToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) sessionStorage.setItem(TOKEN_KEY, fromUrl);
  return fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/**
 * Same named methods as the preload, carried over HTTP to the harness on loopback. Any method
 * name is forwarded and the harness checks it against the contract, so the renderer does not load
 * the contract's zod schemas at start-up just to list the names.
 */
function createHttpApi(): CommonGroundApi {
  const token = harnessToken();
  const call = (method: string) => async (input: unknown) => {
    try {
      const response = await fetch(`/ipc/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CG-Token': token },
        body: JSON.stringify(input ?? {}),
      });
      return await response.json();
    } catch (error) {
      return { ok: false, error: { code: 'IO', message: `The app service did not answer: ${(error as Error).message}` } };
    }
  };
  const methods = new Map<string, ReturnType<typeof call>>();
  return new Proxy({} as CommonGroundApi, {
    // 'then' stays undefined so the API object is never mistaken for a promise.
    get: (_target, name) => {
      if (typeof name !== 'string' || name === 'then') return undefined;
      if (!methods.has(name)) methods.set(name, call(name));
      return methods.get(name);
    },
  });
}

const desktop = typeof window !== 'undefined' ? window[API_GLOBAL] : undefined;

/** The typed client every screen uses; the transport is Electron IPC or the harness's HTTP. */
export const bridge: CommonGroundApi = desktop ?? createHttpApi();
export const isDesktop = Boolean(desktop);

/** Menu commands come from the native menu in Electron; in the browser only from shortcuts. */
export function onMenuCommand(callback: (command: MenuCommand) => void): () => void {
  return desktop?.onMenuCommand ? desktop.onMenuCommand(callback) : () => undefined;
}
