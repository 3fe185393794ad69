import { screen, type BrowserWindow } from 'electron';
import { createHardenedWindow } from './hardened-window';
import type { RendererLocation } from './security';
import { DEFAULT_SIZE, MIN_SIZE, fitToDisplays, loadWindowState, saveWindowState } from './window-state';

export interface MainWindowOptions {
  preloadPath: string;
  location: RendererLocation;
  /** JSON file in userData where size and position are remembered. */
  stateFile: string;
  /** Developer tools are for unpackaged runs only. */
  allowDevTools: boolean;
  icon?: string;
}

/** The app's main window (hardened like every window: see hardened-window.ts). */
export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const saved = await loadWindowState(options.stateFile);
  const bounds = saved ? fitToDisplays(saved.bounds, screen.getAllDisplays().map((d) => d.workArea)) : null;

  const window = createHardenedWindow({
    ...(bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Common Ground',
    backgroundColor: '#f7f5f0',
    icon: options.icon,
    preloadPath: options.preloadPath,
    devTools: options.allowDevTools,
    // Chromium's spellchecker downloads dictionaries on Windows and Linux; the app never goes online.
    spellcheck: process.platform === 'darwin',
  });
  if (saved?.maximized && bounds) window.maximize();
  window.once('ready-to-show', () => window.show());
  rememberBounds(window, options.stateFile);
  await window.loadURL(options.location.indexUrl);
  return window;
}

/** Saves size and position shortly after each move or resize, and once more on close. */
function rememberBounds(window: BrowserWindow, stateFile: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (window.isDestroyed()) return;
    const state = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    saveWindowState(stateFile, state).catch((error: Error) => console.warn(`[window] could not save its size: ${error.message}`));
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
