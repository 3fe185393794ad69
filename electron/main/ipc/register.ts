import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { contract, METHODS } from '../../../shared/ipc/contract';
import { fail } from '../../../shared/ipc/result';
import type { Handlers } from '../handlers/types';
import type { RendererLocation } from '../security';
import { dispatch } from './dispatch';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * A call is trusted only when it comes from the top frame of one of our own windows and that
 * frame is showing our renderer. An iframe, a window we did not make, or a page that somehow
 * navigated elsewhere is refused, whatever it sends.
 */
export function createSenderCheck(ownWebContentsIds: ReadonlySet<number>, location: RendererLocation): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent) return false;
    return ownWebContentsIds.has(event.sender.id) && location.isAppPage(frame.url);
  };
}

/**
 * One ipcMain.handle per contract channel, each going through the same dispatch() the web harness
 * uses. Returns a function that removes them again (tests, or a future window re-creation).
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, handlers: Handlers, isTrustedSender: SenderCheck): () => void {
  for (const method of METHODS) {
    ipcMain.handle(contract[method].channel, async (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        console.warn(`[ipc] refused ${method} from ${event.senderFrame?.url?.slice(0, 200) ?? 'an unknown frame'}`);
        return fail('FORBIDDEN_SENDER', 'This request did not come from the Common Ground window, so it was refused');
      }
      return dispatch(handlers, method, input);
    });
  }
  return () => METHODS.forEach((method) => ipcMain.removeHandler(contract[method].channel));
}
