import { describe, expect, it, vi, beforeEach } from 'vitest';
import { join, resolve } from 'node:path';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { createSenderCheck, registerIpc } from '../../../electron/main/ipc/register';
import { rendererLocation } from '../../../electron/main/security';
import { createHandlers } from '../../../electron/main/handlers';
import { createHostDeps } from '../../../electron/main/host-deps';
import type { ServiceDeps } from '../../../electron/main/services/deps';
import { contract, METHODS } from '../../../shared/ipc/contract';
import { createFakeIpcMain, getElectronMock } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).createElectronMock());

const rendererFile = resolve('/app/out/renderer/index.html');
const location = rendererLocation(rendererFile);
const appUrl = pathToFileURL(rendererFile).href;
const OUR_ID = 7;

const deps: ServiceDeps = {
  appName: 'Common Ground',
  appVersion: '9.9.9',
  platform: 'linux',
  shell: 'electron',
  dataFolder: '/tmp/cg',
  chooseSavePath: async () => null,
  keyVault: { encrypt: async (b) => b, decrypt: async (b) => b },
};

const event = (over: { id?: number; url?: string; parent?: unknown; noFrame?: boolean } = {}) =>
  ({
    sender: { id: over.id ?? OUR_ID },
    senderFrame: over.noFrame ? null : { url: over.url ?? appUrl, parent: over.parent ?? null },
  }) as unknown as IpcMainInvokeEvent;

describe('registerIpc', () => {
  let ipcMain: ReturnType<typeof createFakeIpcMain>;
  let unregister: () => void;
  beforeEach(() => {
    ipcMain = createFakeIpcMain();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    unregister = registerIpc(ipcMain as unknown as IpcMain, createHandlers(deps), createSenderCheck(new Set([OUR_ID]), location));
  });
  const call = (channel: string, ev: IpcMainInvokeEvent, input: unknown) => ipcMain.handlers.get(channel)!(ev, input);

  it('registers exactly one handler per contract channel', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(METHODS.map((m) => contract[m].channel).sort());
    expect(ipcMain.handlers.size).toBeGreaterThan(0);
  });

  it('answers a good call from our window', async () => {
    const result = await call(contract.getAppInfo.channel, event(), {});
    expect(result).toEqual({ ok: true, data: expect.objectContaining({ name: 'Common Ground', version: '9.9.9', shell: 'electron' }) });
  });

  it('returns BAD_INPUT with a readable message for input that fails the schema', async () => {
    const result = (await call(contract.saveFile.channel, event(), { suggestedName: '../../etc/passwd', base64: '' })) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('BAD_INPUT');
    expect(result.error.message).toMatch(/suggestedName/);
    const extra = (await call(contract.getAppInfo.channel, event(), { sneaky: true })) as { ok: boolean; error: { code: string } };
    expect(extra).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('refuses senders that are not our window, not our page, an iframe or a destroyed frame', async () => {
    const foreign = [
      event({ id: 99 }),
      event({ url: 'https://evil.example/' }),
      event({ url: pathToFileURL('/tmp/other.html').href }),
      event({ parent: { url: appUrl } }),
      event({ noFrame: true }),
    ];
    for (const ev of foreign) {
      const result = await call(contract.getAppInfo.channel, ev, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
  });

  it('checks the sender before the input, so foreign callers learn nothing about schemas', async () => {
    const result = await call(contract.saveFile.channel, event({ id: 99 }), { nonsense: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('can remove every handler again', () => {
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('Electron host deps behind the registry', () => {
  it('saveFile asks the native save dialog and writes the bytes where the user chose', async () => {
    const electron = getElectronMock(await import('electron'));
    const target = join(mkdtempSync(join(tmpdir(), 'cg-save-')), 'agreement.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target } as never);

    const deps = createHostDeps(() => null);
    expect(deps).toMatchObject({ shell: 'electron', appVersion: '0.1.0', dataFolder: '/tmp/common-ground-test/userData' });
    const ipcMain = createFakeIpcMain();
    registerIpc(ipcMain as unknown as IpcMain, createHandlers(deps), createSenderCheck(new Set([OUR_ID]), location));
    const input = { suggestedName: 'agreement.pdf', base64: Buffer.from('%PDF-1.7').toString('base64'), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    const result = await ipcMain.handlers.get(contract.saveFile.channel)!(event(), input);

    expect(result).toMatchObject({ ok: true, data: { path: target, bytes: 8 } });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7');
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: '/tmp/common-ground-test/documents/agreement.pdf', filters: input.filters }),
    );

    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' } as never);
    expect(await ipcMain.handlers.get(contract.saveFile.channel)!(event(), input)).toEqual({ ok: true, data: null });
  });
});
