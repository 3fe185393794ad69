/**
 * The only bridge between the page and the main process: one named method per contract entry
 * and a menu-command subscription. There is deliberately no generic invoke(channel) — a page
 * can call exactly what the contract lists and nothing else.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { contract, METHODS } from '../../shared/ipc/contract';
import { API_GLOBAL } from '../../shared/ipc/api';
import { MENU_COMMAND_CHANNEL, isMenuCommand, type CommonGroundDesktopApi, type MenuCommand } from '../../shared/ipc/menu';

type IpcLike = Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function buildDesktopApi(ipc: IpcLike): CommonGroundDesktopApi {
  const methods = Object.fromEntries(
    METHODS.map((method) => [method, (input: unknown) => ipc.invoke(contract[method].channel, input ?? {})]),
  ) as unknown as CommonGroundDesktopApi;
  methods.onMenuCommand = (callback: (command: MenuCommand) => void) => {
    // The event object (with its sender) never reaches the page; only a known command does.
    const listener = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) callback(command);
    };
    ipc.on(MENU_COMMAND_CHANNEL, listener);
    return () => {
      ipc.removeListener(MENU_COMMAND_CHANNEL, listener);
    };
  };
  return Object.freeze(methods);
}

contextBridge.exposeInMainWorld(API_GLOBAL, buildDesktopApi(ipcRenderer));
