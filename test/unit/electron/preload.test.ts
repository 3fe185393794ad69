import { describe, expect, it, vi } from 'vitest';
import { contract, METHODS } from '../../../shared/ipc/contract';
import { API_GLOBAL } from '../../../shared/ipc/api';
import { MENU_COMMAND_CHANNEL, type CommonGroundDesktopApi } from '../../../shared/ipc/menu';
import { getElectronMock } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).createElectronMock());

async function loadPreload() {
  const electron = getElectronMock(await import('electron'));
  await import('../../../electron/preload/index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, CommonGroundDesktopApi];
  return { electron, name, api };
}

describe('preload', () => {
  it(`exposes one named method per contract entry plus onMenuCommand under window.${API_GLOBAL}, and nothing generic`, async () => {
    const { name, api } = await loadPreload();
    expect(name).toBe('commonGround');
    expect(Object.keys(api).sort()).toEqual([...METHODS, 'onMenuCommand'].sort());
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('each method invokes its own contract channel with the input', async () => {
    const { electron, api } = await loadPreload();
    for (const method of METHODS) {
      electron.ipcRenderer.invoke.mockClear();
      const input = { probe: method };
      await (api[method] as (input: unknown) => Promise<unknown>)(input);
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(contract[method].channel, input);
    }
    electron.ipcRenderer.invoke.mockClear();
    await (api.getAppInfo as (input?: unknown) => Promise<unknown>)();
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(contract.getAppInfo.channel, {});
  });

  it('onMenuCommand delivers known commands without the event, ignores others, and unsubscribes', async () => {
    const { electron, api } = await loadPreload();
    const received: unknown[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    const emit = (value: unknown) => electron.ipcRenderer.emitter.emit(MENU_COMMAND_CHANNEL, { sender: 'secret' }, value);
    emit('undo');
    emit('rm -rf');
    emit({ command: 'undo' });
    emit('presenter');
    expect(received).toEqual(['undo', 'presenter']);
    unsubscribe();
    emit('redo');
    expect(received).toEqual(['undo', 'presenter']);
    expect(electron.ipcRenderer.emitter.listenerCount(MENU_COMMAND_CHANNEL)).toBe(0);
  });
});
