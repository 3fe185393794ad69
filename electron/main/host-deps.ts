import { app, dialog, safeStorage, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { AudienceHost, ServiceDeps } from './services/deps';
import type { FileFilter } from './services/file-filter';
import { createSafeStorageKeyVault } from './key-vault';
import type { RoomController } from './services/room/room-controller';

/** What the services get from Electron: a real save dialog, the userData folder and safeStorage. */
export function createHostDeps(getWindow: () => BrowserWindow | null, audience?: AudienceHost, room?: RoomController): ServiceDeps {
  return {
    appName: 'Common Ground',
    appVersion: app.getVersion(),
    platform: process.platform,
    shell: 'electron',
    dataFolder: app.getPath('userData'),
    chooseSavePath: (suggestedName, filters) => chooseSavePath(getWindow(), suggestedName, filters),
    chooseFolder: () => chooseFolder(getWindow()),
    keyVault: createSafeStorageKeyVault(safeStorage),
    audience,
    room,
  };
}

async function chooseSavePath(window: BrowserWindow | null, suggestedName: string, filters: FileFilter[]): Promise<string | null> {
  const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters, properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

async function chooseFolder(window: BrowserWindow | null): Promise<string | null> {
  const options = { title: 'Team library folder', properties: ['openDirectory' as const, 'createDirectory' as const] };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
}
