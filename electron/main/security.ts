import { pathToFileURL } from 'node:url';
import { dirname } from 'node:path';
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

export { CONTENT_SECURITY_POLICY };

/**
 * Where our renderer lives: the built index.html on disk, or the electron-vite dev server when
 * run unpackaged. Every navigation, request and IPC sender is checked against it.
 */
export interface RendererLocation {
  /** The URL the window loads (file:///…/out/renderer/index.html or the dev server's URL). */
  indexUrl: string;
  /** True for our own page (query and hash ignored); false for anything else. */
  isAppPage(url: string): boolean;
  /** True for requests the renderer may make: its own files, devtools, and in dev the dev server. */
  isAllowedRequest(url: string): boolean;
}

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

// Windows file URLs may differ only in drive-letter case; elsewhere paths are case-sensitive.
const samePath = (a: string, b: string) => (process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b);
const underPath = (path: string, folder: string) =>
  process.platform === 'win32' ? path.toLowerCase().startsWith(folder.toLowerCase()) : path.startsWith(folder);

export function rendererLocation(rendererFile: string, devUrl?: string): RendererLocation {
  if (devUrl) {
    const dev = new URL(devUrl);
    return {
      indexUrl: dev.href,
      isAppPage: (url) => parse(url)?.origin === dev.origin,
      // Vite's hot reload talks over ws:// to the same host and port.
      isAllowedRequest: (url) => {
        const u = parse(url);
        return !!u && (u.protocol === 'devtools:' || u.host === dev.host);
      },
    };
  }
  const index = pathToFileURL(rendererFile);
  const folder = pathToFileURL(dirname(rendererFile) + '/').pathname;
  return {
    indexUrl: index.href,
    isAppPage: (url) => {
      const u = parse(url);
      return !!u && u.protocol === 'file:' && samePath(u.pathname, index.pathname);
    },
    isAllowedRequest: (url) => {
      const u = parse(url);
      if (!u) return false;
      if (u.protocol === 'devtools:') return true;
      // URL parsing has already resolved any '..' segments, so a prefix check is enough.
      return u.protocol === 'file:' && underPath(u.pathname, folder);
    },
  };
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** No navigation away from our page, no pop-ups, no <webview>: the window only ever shows the app. */
export function hardenWebContents(contents: HardenableContents, location: RendererLocation): void {
  const stayOnAppPage = (event: { preventDefault(): void }, url: string) => {
    if (!location.isAppPage(url)) {
      event.preventDefault();
      console.warn(`[security] blocked navigation to ${url.slice(0, 200)}`);
    }
  };
  contents.on('will-navigate', stayOnAppPage);
  contents.on('will-redirect', stayOnAppPage);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

type HardenableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest' | 'onHeadersReceived'>;
};

/** Denies every permission, cancels every request that is not our own file, and sets the CSP. */
export function hardenSession(session: HardenableSession, location: RendererLocation): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const cancel = !location.isAllowedRequest(details.url);
    if (cancel) console.warn(`[security] blocked request to ${details.url.slice(0, 200)}`);
    callback({ cancel });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    // Drop any policy a response brought along so ours is the only one in force.
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}
