import { screen, type BrowserWindow, type Display } from 'electron';
import { createHardenedWindow } from './hardened-window';
import type { AudienceHost } from './services/deps';
import type { RendererLocation } from './security';

export interface AudienceOptions {
  preloadPath: string;
  location: RendererLocation;
  /** Our windows' webContents ids: the audience window joins them so its IPC calls are trusted. */
  ownWebContentsIds: Set<number>;
  getMainWindow: () => BrowserWindow | null;
}

/** The display the laptop's main window is not on: where the projector is. */
export function pickAudienceDisplay(displays: Display[], mainDisplayId: number | null): Display | null {
  return displays.find((d) => d.id !== mainDisplayId) ?? null;
}

/**
 * A full-screen, read-only audience view on the second display. It shows the same workshop
 * from the same IndexedDB, so it follows the facilitator's edits without any messaging.
 */
export function createAudienceHost(options: AudienceOptions): AudienceHost {
  let audience: BrowserWindow | null = null;
  return {
    displayCount: () => screen.getAllDisplays().length,
    isOpen: () => Boolean(audience && !audience.isDestroyed()),
    open: async (workshopId) => {
      const main = options.getMainWindow();
      const mainDisplay = main ? screen.getDisplayMatching(main.getBounds()) : null;
      const display = pickAudienceDisplay(screen.getAllDisplays(), mainDisplay?.id ?? null);
      if (!display) throw new Error('No second display');
      if (audience && !audience.isDestroyed()) audience.close();
      const window = createHardenedWindow({
        ...display.bounds,
        fullscreen: true,
        frame: false,
        title: 'Common Ground — audience view',
        backgroundColor: '#000000',
        preloadPath: options.preloadPath,
        devTools: false,
        spellcheck: false,
      });
      const id = window.webContents.id;
      options.ownWebContentsIds.add(id);
      window.on('closed', () => {
        options.ownWebContentsIds.delete(id);
        if (audience === window) audience = null;
      });
      audience = window;
      await window.loadURL(`${options.location.indexUrl.split('#')[0]}#/audience/${encodeURIComponent(workshopId)}`);
    },
    close: () => {
      if (audience && !audience.isDestroyed()) audience.close();
      audience = null;
    },
  };
}
