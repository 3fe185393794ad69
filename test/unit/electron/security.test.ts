import { describe, expect, it, vi, beforeEach } from 'vitest';
import { readFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WebContents, Session, BrowserWindow as ElectronBrowserWindow } from 'electron';
import { CONTENT_SECURITY_POLICY, hardenSession, hardenWebContents, rendererLocation } from '../../../electron/main/security';
import { createMainWindow } from '../../../electron/main/window';
import { createSafeStorageKeyVault } from '../../../electron/main/key-vault';
import { FakeBrowserWindow, FakeWebContents, createFakeSafeStorage, createFakeSession, fakeEvent, getElectronMock } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).createElectronMock());

const rendererFile = resolve('/opt/Common Ground/resources/app.asar/out/renderer/index.html');
const location = rendererLocation(rendererFile);
const indexUrl = pathToFileURL(rendererFile).href;
const directives = (policy: string) =>
  new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1).join(' ')]));

describe('Content-Security-Policy', () => {
  it('allows nothing from any remote origin and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*|unsafe-eval|wasm-unsafe-eval/);
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
  });

  it.skipIf(!existsSync('renderer/index.html'))('matches the meta tag in renderer/index.html (frame-ancestors only works as a header)', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta, 'renderer/index.html has no CSP meta tag').toBeTruthy();
    const header = directives(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    const fromMeta = directives(meta!);
    fromMeta.delete('frame-ancestors');
    expect(fromMeta).toEqual(header);
  });
});

describe('rendererLocation', () => {
  it('recognises only our own index page, whatever its hash or query', () => {
    expect(location.indexUrl).toBe(indexUrl);
    expect(location.isAppPage(indexUrl)).toBe(true);
    expect(location.isAppPage(`${indexUrl}#/workshop/42?step=3`)).toBe(true);
    expect(location.isAppPage(pathToFileURL('/etc/passwd').href)).toBe(false);
    expect(location.isAppPage(pathToFileURL(resolve(rendererFile, '../other.html')).href)).toBe(false);
    expect(location.isAppPage('https://example.com/')).toBe(false);
    expect(location.isAppPage('not a url')).toBe(false);
  });

  it('allows requests for our own files and devtools, and nothing else', () => {
    expect(location.isAllowedRequest(pathToFileURL(resolve(rendererFile, '../assets/index-abc.js')).href)).toBe(true);
    expect(location.isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(location.isAllowedRequest(pathToFileURL('/home/someone/.ssh/id_rsa').href)).toBe(false);
    // '..' is resolved by the URL parser before the folder check.
    expect(location.isAllowedRequest(`${pathToFileURL(resolve(rendererFile, '..')).href}/../main/index.js`)).toBe(false);
    expect(location.isAllowedRequest(pathToFileURL(resolve(rendererFile, '../../renderer-evil/x.js')).href)).toBe(false);
    for (const remote of ['https://fonts.googleapis.com/css', 'http://127.0.0.1:8080/', 'ws://localhost:5173/', 'ftp://x/y']) {
      expect(location.isAllowedRequest(remote), remote).toBe(false);
    }
  });

  it('in development trusts only the dev server it was given', () => {
    const dev = rendererLocation(rendererFile, 'http://localhost:5173/');
    expect(dev.indexUrl).toBe('http://localhost:5173/');
    expect(dev.isAppPage('http://localhost:5173/#/library')).toBe(true);
    expect(dev.isAppPage('http://localhost:5174/')).toBe(false);
    expect(dev.isAllowedRequest('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(dev.isAllowedRequest('ws://localhost:5173/')).toBe(true);
    expect(dev.isAllowedRequest('https://example.com/')).toBe(false);
  });
});

describe('hardenWebContents', () => {
  let contents: FakeWebContents;
  beforeEach(() => {
    contents = new FakeWebContents();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    hardenWebContents(contents as unknown as WebContents, location);
  });

  it('prevents navigation away from the app page but lets it reload itself', () => {
    for (const url of ['https://evil.example/', pathToFileURL('/tmp/x.html').href, 'javascript:alert(1)']) {
      const event = fakeEvent();
      contents.emit('will-navigate', event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    const same = fakeEvent();
    contents.emit('will-navigate', same, `${indexUrl}#/library`);
    expect(same.preventDefault).not.toHaveBeenCalled();
  });

  it('prevents redirects away from the app page', () => {
    const event = fakeEvent();
    contents.emit('will-redirect', event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window and every <webview>', () => {
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: indexUrl })).toEqual({ action: 'deny' });
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  let session: ReturnType<typeof createFakeSession>;
  beforeEach(() => {
    session = createFakeSession();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    hardenSession(session as unknown as Session, location);
  });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      session.handlers.permissionRequest?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.handlers.permissionCheck?.({}, permission, indexUrl, {})).toBe(false);
    }
    expect(session.handlers.devicePermission?.({})).toBe(false);
  });

  it('cancels network requests and lets our own files through', () => {
    const decide = (url: string) => {
      const callback = vi.fn();
      session.handlers.beforeRequest?.({ url }, callback);
      return callback.mock.calls[0][0];
    };
    expect(decide('https://telemetry.example/collect')).toEqual({ cancel: true });
    expect(decide('http://localhost:3000/')).toEqual({ cancel: true });
    expect(decide(pathToFileURL(resolve(rendererFile, '../assets/app.css')).href)).toEqual({ cancel: false });
  });

  it('sets our CSP on every response, replacing any policy the response brought', () => {
    const callback = vi.fn();
    session.handlers.headersReceived?.(
      { url: indexUrl, responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } },
      callback,
    );
    const headers = callback.mock.calls[0][0].responseHeaders as Record<string, string[]>;
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['X-Other']).toEqual(['1']);
  });
});

describe('createMainWindow', () => {
  it('creates a sandboxed, context-isolated window without Node and loads our page', async () => {
    FakeBrowserWindow.instances.length = 0;
    const folder = mkdtempSync(join(tmpdir(), 'cg-window-'));
    const window = (await createMainWindow({
      preloadPath: '/app/out/preload/index.cjs',
      location,
      stateFile: join(folder, 'window-state.json'),
      allowDevTools: false,
    })) as unknown as FakeBrowserWindow;
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
    expect(window.loadURL).toHaveBeenCalledWith(indexUrl);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('restores remembered bounds that are still on a display', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cg-window-'));
    const stateFile = join(folder, 'window-state.json');
    writeFileSync(stateFile, JSON.stringify({ bounds: { x: 100, y: 50, width: 1100, height: 760 }, maximized: true }));
    const window = (await createMainWindow({ preloadPath: 'p', location, stateFile, allowDevTools: true })) as unknown as FakeBrowserWindow;
    expect(window.options).toMatchObject({ x: 100, y: 50, width: 1100, height: 760 });
    expect(window.maximize).toHaveBeenCalled();
    expect(window.options.webPreferences?.devTools).toBe(true);
  });

  it('ignores remembered bounds on a display that is gone', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cg-window-'));
    const stateFile = join(folder, 'window-state.json');
    writeFileSync(stateFile, JSON.stringify({ bounds: { x: 4000, y: 50, width: 1100, height: 760 }, maximized: false }));
    const window = (await createMainWindow({ preloadPath: 'p', location, stateFile, allowDevTools: false })) as unknown as ElectronBrowserWindow &
      FakeBrowserWindow;
    expect(window.options.x).toBeUndefined();
    expect(window.options).toMatchObject({ width: 1280, height: 820 });
  });
});

describe('safeStorage key vault', () => {
  const secret = Buffer.from([0, 1, 2, 250, 255, 10, 13]);

  it('seals with the OS keystore and opens again to the same bytes', async () => {
    const safeStorage = createFakeSafeStorage(true);
    const vault = createSafeStorageKeyVault(safeStorage, vi.fn());
    const sealed = await vault.encrypt(secret);
    expect(sealed.includes(secret)).toBe(false);
    expect(safeStorage.encryptStringAsync).toHaveBeenCalled();
    expect(await vault.decrypt(sealed)).toEqual(secret);
  });

  it('falls back to plain bytes when no keystore is available, says so once, and still reads them later', async () => {
    const safeStorage = createFakeSafeStorage(false);
    const log = vi.fn();
    const vault = createSafeStorageKeyVault(safeStorage, log);
    const sealed = await vault.encrypt(secret);
    await vault.encrypt(secret);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toMatch(/not available/);
    expect(safeStorage.encryptStringAsync).not.toHaveBeenCalled();
    safeStorage.state.available = true;
    expect(await vault.decrypt(sealed)).toEqual(secret);
  });

  it('refuses clearly to open a keystore-sealed key while the keystore is unavailable', async () => {
    const safeStorage = createFakeSafeStorage(true);
    const sealed = await createSafeStorageKeyVault(safeStorage, vi.fn()).encrypt(secret);
    safeStorage.state.available = false;
    await expect(createSafeStorageKeyVault(safeStorage, vi.fn()).decrypt(sealed)).rejects.toMatchObject({ code: 'IO' });
    await expect(createSafeStorageKeyVault(safeStorage, vi.fn()).decrypt(Buffer.from('garbage'))).rejects.toMatchObject({
      code: 'INVALID_FILE',
    });
  });
});

describe('main process start-up (electron/main/index.ts)', () => {
  const flush = () => new Promise((r) => setTimeout(r, 20));

  it('sandboxes every renderer, hardens the session and all contents, then registers IPC, menu and one window', async () => {
    vi.resetModules();
    const electron = getElectronMock(await import('electron'));
    electron.app.whenReady.mockResolvedValue(undefined);
    FakeBrowserWindow.instances.length = 0;
    await import('../../../electron/main/index');
    await flush();

    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    const session = electron.session.defaultSession;
    expect(session.handlers.permissionRequest).toBeTypeOf('function');
    expect(session.handlers.beforeRequest).toBeTypeOf('function');
    expect(electron.ipcMain.handlers.size).toBeGreaterThan(0);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();

    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const [window] = FakeBrowserWindow.instances;
    // Resolved next to the main bundle: out/main → out/preload, out/renderer once built.
    expect(String(window.options.webPreferences?.preload)).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(window.loadURL.mock.calls[0][0]).toMatch(/^file:.*\/renderer\/index\.html$/);

    // Any web contents created later is hardened too.
    const stray = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, stray);
    expect(stray.windowOpenHandler?.({ url: 'https://x' })).toEqual({ action: 'deny' });

    // A second launch focuses the existing window.
    electron.app.emit('second-instance');
    expect(window.focus).toHaveBeenCalled();
  });

  it('quits at once when another instance already holds the lock', async () => {
    vi.resetModules();
    const electron = getElectronMock(await import('electron'));
    // The fake module survives resetModules; forget what the previous start did with it.
    electron.app.whenReady.mockClear();
    electron.app.quit.mockClear();
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    await import('../../../electron/main/index');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
  });
});
