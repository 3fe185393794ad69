/**
 * The main process: one locked instance, one hardened window, the IPC registry and the menu.
 * Each concern lives in its own module; this file only wires them together once Electron is ready.
 */
import { app, ipcMain, session, type BrowserWindow } from 'electron';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createHandlers } from './handlers';
import { createHostDeps } from './host-deps';
import { createSenderCheck, registerIpc } from './ipc/register';
import { setupMenu } from './menu';
import { hardenSession, hardenWebContents, rendererLocation } from './security';
import { createMainWindow } from './window';
import { createAudienceHost } from './audience-window';
import { createRoomController } from './services/room/room-controller';
import { lanAddresses } from './services/room/addresses';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
// The dev server URL is honoured only when running from source, never in a packaged app.
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const location = rendererLocation(here('../renderer/index.html'), devUrl);
const ownWebContentsIds = new Set<number>();
let mainWindow: BrowserWindow | null = null;
// Nothing listens until the facilitator opens a room; quitting closes it.
const room = createRoomController({ phoneFolder: here('../phone'), addresses: lanAddresses, port: 0 });

function setupSingleInstance(): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  return true;
}

function setupContentsHardening(): void {
  // Covers every webContents ever created, including any a bug might open.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, location));
}

async function openMainWindow(): Promise<void> {
  const window = await createMainWindow({
    preloadPath: here('../preload/index.cjs'),
    location,
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    allowDevTools: !app.isPackaged,
  });
  const id = window.webContents.id;
  ownWebContentsIds.add(id);
  mainWindow = window;
  // The renderer journals unsaved typing in localStorage; make sure it is on disk before the window goes.
  window.on('close', () => void session.defaultSession.flushStorageData());
  window.on('closed', () => {
    ownWebContentsIds.delete(id);
    if (mainWindow === window) mainWindow = null;
  });
}

async function onReady(): Promise<void> {
  hardenSession(session.defaultSession, location);
  const audience = createAudienceHost({ preloadPath: here('../preload/index.cjs'), location, ownWebContentsIds, getMainWindow: () => mainWindow });
  registerIpc(ipcMain, createHandlers(createHostDeps(() => mainWindow, audience, room)), createSenderCheck(ownWebContentsIds, location));
  setupMenu({ appName: 'Common Ground', version: app.getVersion(), isPackaged: app.isPackaged, getWindow: () => mainWindow });
  await openMainWindow();
}

if (setupSingleInstance()) {
  // Every renderer sandboxed, whatever its webPreferences say.
  app.enableSandbox();
  setupContentsHardening();
  app.on('before-quit', () => {
    if (app.isReady()) session.defaultSession.flushStorageData();
  });
  app.on('will-quit', () => void room.close());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow && app.isReady()) void openMainWindow();
  });
  app.whenReady().then(onReady).catch((error: Error) => {
    console.error(`[main] could not start: ${error.stack ?? error.message}`);
    app.quit();
  });
} else {
  app.quit();
}
