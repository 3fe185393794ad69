/**
 * A small stand-in for the `electron` module. Requiring the real one from plain Node tries to
 * download the Electron binary, so every test of the main-process wiring mocks it:
 *   vi.mock('electron', async () => (await import('./electron-mock')).createElectronMock());
 * then reads the fakes back with `getElectronMock(await import('electron'))`.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

let nextId = 1;

/** Something with preventDefault, as Electron passes to will-navigate and friends. */
export const fakeEvent = () => ({ preventDefault: vi.fn(), defaultPrevented: false });

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly send = vi.fn();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly loadFile = vi.fn(async (_file: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly maximize = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly isMaximized = vi.fn(() => false);
  readonly isDestroyed = vi.fn(() => false);
  readonly getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1000, height: 700 }));
  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

/** Records the handlers a session is given so tests can call them like Chromium would. */
export function createFakeSession() {
  const handlers: {
    permissionRequest?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    permissionCheck?: (...args: unknown[]) => boolean;
    devicePermission?: (...args: unknown[]) => boolean;
    beforeRequest?: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
    headersReceived?: (
      details: { url: string; responseHeaders?: Record<string, string[]> },
      callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
    ) => void;
  } = {};
  return {
    handlers,
    setPermissionRequestHandler: vi.fn((h) => (handlers.permissionRequest = h)),
    setPermissionCheckHandler: vi.fn((h) => (handlers.permissionCheck = h)),
    setDevicePermissionHandler: vi.fn((h) => (handlers.devicePermission = h)),
    flushStorageData: vi.fn(),
    webRequest: {
      onBeforeRequest: vi.fn((h) => (handlers.beforeRequest = h)),
      onHeadersReceived: vi.fn((h) => (handlers.headersReceived = h)),
    },
  };
}
export type FakeSession = ReturnType<typeof createFakeSession>;

export function createFakeIpcMain() {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  return {
    handlers,
    handle: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
}

export function createFakeIpcRenderer() {
  const emitter = new EventEmitter();
  return {
    emitter,
    invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, data: { channel, input } })),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => emitter.on(channel, listener)),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => emitter.removeListener(channel, listener)),
  };
}

export function createFakeSafeStorage(available = true) {
  const state = { available };
  return {
    state,
    isAsyncEncryptionAvailable: vi.fn(async () => state.available),
    // A reversible stand-in for the OS cipher: enough to prove the bytes are not stored as given.
    encryptStringAsync: vi.fn(async (text: string) => Buffer.from(Buffer.from(text, 'utf8').map((b) => b ^ 0x5a))),
    decryptStringAsync: vi.fn(async (data: Buffer) => ({ result: Buffer.from(data.map((b) => b ^ 0x5a)).toString('utf8'), shouldReEncrypt: false })),
    getSelectedStorageBackend: vi.fn((): 'gnome_libsecret' | 'basic_text' => 'gnome_libsecret'),
  };
}

export function createElectronMock() {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    getVersion: vi.fn(() => '0.1.0'),
    getName: vi.fn(() => 'Common Ground'),
    getPath: vi.fn((name: string) => `/tmp/common-ground-test/${name}`),
    whenReady: vi.fn(() => new Promise<void>(() => undefined)),
    isReady: vi.fn(() => false),
    requestSingleInstanceLock: vi.fn(() => true),
    enableSandbox: vi.fn(),
    quit: vi.fn(),
  });
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: createFakeIpcMain(),
    ipcRenderer: createFakeIpcRenderer(),
    contextBridge: { exposeInMainWorld: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })), showSaveDialog: vi.fn(async () => ({ canceled: true })) },
    safeStorage: createFakeSafeStorage(),
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]) },
    session: { defaultSession: createFakeSession() },
  };
}
export type ElectronMock = ReturnType<typeof createElectronMock>;

/** Types the mocked module for tests: `getElectronMock(await import('electron'))`. */
export const getElectronMock = (module: unknown) => module as ElectronMock;
