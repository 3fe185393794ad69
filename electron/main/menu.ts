import { Menu, dialog, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../shared/ipc/menu';

export interface MenuOptions {
  appName: string;
  version: string;
  isMac: boolean;
  /** Packaged builds hide reload and developer tools. */
  isPackaged: boolean;
  /** Hands a command to the renderer, which knows what it means on the current screen. */
  send: (command: MenuCommand) => void;
  showAbout: () => void;
}

/** The whole application menu as plain data, so it can be tested without Electron. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, isMac, isPackaged, send } = options;
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(name),
  });
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: () => options.showAbout() };

  const macAppMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [about, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
  };
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New workshop', 'new-workshop', 'CmdOrCtrl+N'),
      command('Open library', 'open-library', 'CmdOrCtrl+O'),
      { type: 'separator' },
      command('Import…', 'import', 'CmdOrCtrl+I'),
      command('Export PDF…', 'export-pdf', 'CmdOrCtrl+E'),
      { type: 'separator' },
      command('Backups', 'backups'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      // Undo and redo go to the renderer: it undoes the workshop step, or the text field's typing.
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Presenter mode', 'presenter', 'F5'),
      { type: 'separator' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(isPackaged ? [] : [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [command('Keyboard shortcuts', 'shortcuts', 'CmdOrCtrl+/'), ...(isMac ? [] : [{ type: 'separator' } as const, about])],
  };
  return [...(isMac ? [macAppMenu] : []), file, edit, view, help];
}

/** Installs the menu; commands go to whichever window is current when the item is clicked. */
export function setupMenu(options: { appName: string; version: string; isPackaged: boolean; getWindow: () => BrowserWindow | null }): void {
  const { appName, version, getWindow } = options;
  const template = buildMenuTemplate({
    appName,
    version,
    isPackaged: options.isPackaged,
    isMac: process.platform === 'darwin',
    send: (command) => getWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command),
    showAbout: () => {
      const window = getWindow();
      const message = {
        type: 'info' as const,
        title: `About ${appName}`,
        message: `${appName} ${version}`,
        detail: 'Align sales and marketing on one signed service-level agreement. Works fully offline.',
        buttons: ['OK'],
      };
      void (window ? dialog.showMessageBox(window, message) : dialog.showMessageBox(message));
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
