import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, getElectronMock } from './electron-mock';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import { createPresenterHandlers } from '../../../electron/main/handlers/presenter';
import type { Handlers } from '../../../electron/main/handlers/types';
import type { ServiceDeps } from '../../../electron/main/services/deps';

vi.mock('electron', async () => (await import('./electron-mock')).createElectronMock());

const { createAudienceHost, pickAudienceDisplay } = await import('../../../electron/main/audience-window');
const { rendererLocation } = await import('../../../electron/main/security');
const electron = getElectronMock(await import('electron'));

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 0, width: 1440, height: 870 } };
const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1280, height: 720 }, workArea: { x: 1440, y: 0, width: 1280, height: 720 } };

function setDisplays(displays: (typeof laptop)[]) {
  const screen = electron.screen as unknown as Record<string, unknown>;
  screen.getAllDisplays = vi.fn(() => displays);
  screen.getDisplayMatching = vi.fn(() => displays[0]);
}

const location = rendererLocation('/opt/common-ground/out/renderer/index.html');

function host(own = new Set<number>()) {
  const main = { getBounds: () => laptop.bounds } as never;
  return { own, audience: createAudienceHost({ preloadPath: '/opt/preload.cjs', location, ownWebContentsIds: own, getMainWindow: () => main }) };
}

describe('audience window on a second display', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances.length = 0;
  });

  it('picks the display the main window is not on', () => {
    expect(pickAudienceDisplay([laptop, projector] as never, 1)?.id).toBe(2);
    expect(pickAudienceDisplay([laptop] as never, 1)).toBeNull();
  });

  it('opens a hardened full-screen window on the projector showing the audience route', async () => {
    setDisplays([laptop, projector]);
    const { own, audience } = host();
    await audience.open('workshop-42');
    const window = FakeBrowserWindow.instances.at(-1)!;
    expect(window.options).toMatchObject({ x: 1440, y: 0, width: 1280, height: 720, fullscreen: true });
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, experimentalFeatures: false, safeDialogs: true, disableBlinkFeatures: 'Auxclick', devTools: false });
    expect(window.loadURL).toHaveBeenCalledWith(expect.stringMatching(/index\.html#\/audience\/workshop-42$/));
    expect(own.has(window.webContents.id)).toBe(true);
    expect(audience.isOpen()).toBe(true);
    window.emit('closed');
    expect(own.has(window.webContents.id)).toBe(false);
    expect(audience.isOpen()).toBe(false);
  });

  it('is offered only with a second display, and refused clearly otherwise', async () => {
    setDisplays([laptop]);
    const deps = { audience: host().audience } as unknown as ServiceDeps;
    const handlers = createPresenterHandlers(deps) as unknown as Handlers;
    const info = await dispatch(handlers, 'getAudienceDisplay', {});
    expect(info).toMatchObject({ ok: true, data: { available: false, displays: 1 } });
    const refused = await dispatch(handlers, 'openAudienceWindow', { workshopId: 'w1' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('in the web harness there is no audience host, and says where to find it', async () => {
    const handlers = createPresenterHandlers({} as ServiceDeps) as unknown as Handlers;
    const info = await dispatch(handlers, 'getAudienceDisplay', {});
    expect(info).toMatchObject({ ok: true, data: { available: false } });
    expect((info as { data: { reason: string } }).data.reason).toContain('desktop app');
  });
});
