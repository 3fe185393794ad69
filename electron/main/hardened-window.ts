import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export interface HardenedWindowOptions extends Omit<BrowserWindowConstructorOptions, 'webPreferences'> {
  preloadPath: string;
  devTools: boolean;
  spellcheck: boolean;
}

/**
 * Every window of the app is made here, so the hardening is written once. The webPreferences stay
 * a literal inside `new BrowserWindow({...})`, where security scanners (electronegativity) can read them.
 */
export function createHardenedWindow({ preloadPath, devTools, spellcheck, ...windowOptions }: HardenedWindowOptions): BrowserWindow {
  return new BrowserWindow({
    ...windowOptions,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools,
      spellcheck,
    },
  });
}
