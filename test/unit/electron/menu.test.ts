import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions, BrowserWindow } from 'electron';
import { buildMenuTemplate, setupMenu } from '../../../electron/main/menu';
import { MENU_COMMANDS, MENU_COMMAND_CHANNEL } from '../../../shared/ipc/menu';
import { FakeBrowserWindow, getElectronMock } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).createElectronMock());

type Item = MenuItemConstructorOptions;
const build = (over: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) => {
  const send = vi.fn();
  const showAbout = vi.fn();
  const template = buildMenuTemplate({ appName: 'Common Ground', version: '1.2.3', isMac: false, isPackaged: true, send, showAbout, ...over });
  return { template, send, showAbout };
};
const submenu = (template: Item[], label: string) => {
  const menu = template.find((m) => m.label === label || (label === 'Help' && m.role === 'help'));
  if (!menu) throw new Error(`No ${label} menu`);
  return menu.submenu as Item[];
};
const find = (items: Item[], label: string) => {
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`No item ${label}`);
  return item;
};
const click = (item: Item) => (item.click as () => void)();
const allItems = (template: Item[]): Item[] => template.flatMap((m) => [m, ...allItems((m.submenu as Item[]) ?? [])]);

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help in that order on Windows and Linux', () => {
    const { template } = build();
    expect(template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'help']);
  });

  it('File items send their commands to the renderer, and Quit is a role', () => {
    const { template, send } = build();
    const file = submenu(template, 'File');
    const expected: Record<string, string> = {
      'New workshop': 'new-workshop',
      'Open library': 'open-library',
      'Import…': 'import',
      'Export PDF…': 'export-pdf',
      Backups: 'backups',
    };
    for (const [label, command] of Object.entries(expected)) {
      send.mockClear();
      click(find(file, label));
      expect(send).toHaveBeenCalledWith(command);
    }
    expect(file.at(-1)).toMatchObject({ role: 'quit' });
  });

  it('Undo and Redo go to the renderer; clipboard items are native roles', () => {
    const { template, send } = build();
    const edit = submenu(template, 'Edit');
    click(find(edit, 'Undo'));
    click(find(edit, 'Redo'));
    expect(send.mock.calls).toEqual([['undo'], ['redo']]);
    expect(find(edit, 'Undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(find(edit, 'Redo').accelerator).toBe('Ctrl+Y');
    expect(edit.filter((i) => i.role).map((i) => i.role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('View has presenter mode on F5, zoom and full screen, and devtools only when unpackaged', () => {
    const packaged = submenu(build({ isPackaged: true }).template, 'View');
    expect(find(packaged, 'Presenter mode').accelerator).toBe('F5');
    expect(packaged.map((i) => i.role).filter(Boolean)).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']);
    const dev = submenu(build({ isPackaged: false }).template, 'View');
    expect(dev.map((i) => i.role)).toContain('toggleDevTools');
    expect(allItems(build({ isPackaged: true }).template).some((i) => i.role === 'toggleDevTools' || i.role === 'reload')).toBe(false);
  });

  it('Help shows keyboard shortcuts and the About box', () => {
    const { template, send, showAbout } = build();
    const help = submenu(template, 'Help');
    click(find(help, 'Keyboard shortcuts'));
    expect(send).toHaveBeenCalledWith('shortcuts');
    click(find(help, 'About Common Ground'));
    expect(showAbout).toHaveBeenCalled();
  });

  it('on macOS puts About and Quit in the app menu and uses Shift+Cmd+Z for redo', () => {
    const { template, showAbout } = build({ isMac: true });
    expect(template.map((m) => m.label ?? m.role)).toEqual(['Common Ground', 'File', 'Edit', 'View', 'help']);
    const appMenu = submenu(template, 'Common Ground');
    click(find(appMenu, 'About Common Ground'));
    expect(showAbout).toHaveBeenCalled();
    expect(appMenu.at(-1)).toMatchObject({ role: 'quit' });
    expect(submenu(template, 'File').some((i) => i.role === 'quit')).toBe(false);
    expect(find(submenu(template, 'Edit'), 'Redo').accelerator).toBe('Shift+Cmd+Z');
  });

  it('every command the menu sends is a known menu command, and each known command has an item', () => {
    const { template, send } = build();
    for (const item of allItems(template)) if (item.click && item.label !== 'About Common Ground') click(item);
    const sent = send.mock.calls.map((c) => c[0]);
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
  });

  it('no two items share an accelerator', () => {
    for (const isMac of [true, false]) {
      const accelerators = allItems(build({ isMac, isPackaged: false }).template)
        .map((i) => i.accelerator)
        .filter(Boolean);
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });
});

describe('setupMenu', () => {
  it('installs the menu and routes commands to the current window over the menu channel', async () => {
    const electron = getElectronMock(await import('electron'));
    const window = new FakeBrowserWindow({});
    setupMenu({ appName: 'Common Ground', version: '1.2.3', isPackaged: true, getWindow: () => window as unknown as BrowserWindow });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const template = (electron.Menu.buildFromTemplate.mock.calls[0] as unknown as [Item[]])[0];
    click(find(submenu(template, 'View'), 'Presenter mode'));
    expect(window.webContents.send).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, 'presenter');
    const help = submenu(template, 'Help');
    click(find(help, 'About Common Ground'));
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(window, expect.objectContaining({ message: 'Common Ground 1.2.3' }));
  });
});
