import { AppFailure } from '../../../../shared/ipc/result';
import type { ActivitySpec } from '../../../../shared/room/protocol';
import type { ActivityOptions } from './room-session';
import type { RoomAddress, RoomStatus } from '../../../../shared/room/status';
import { ChangeCounter } from '../change-counter';
import { loadPhoneAssets } from './phone-assets';
import { openRoomServer, type RoomServer } from './room-server';

/**
 * The facilitator's side of the room: open it on one address, run activities, close it. Nothing
 * listens until `open`; `close` (and quitting the app) stops the server and forgets everyone.
 */

export interface RoomHostOptions {
  /** The phone page's build folder (out/phone). */
  phoneFolder: string;
  /** The addresses offered to the facilitator; tests and the web harness offer 127.0.0.1 only. */
  addresses: () => RoomAddress[];
  /** The port to listen on; 0 picks a free one. */
  port: number;
}

/** The longest the laptop's watch waits for a change before answering anyway. */
const WATCH_MS = 5_000;

export type RoomController = ReturnType<typeof createRoomController>;

export function createRoomController(options: RoomHostOptions) {
  let server: RoomServer | null = null;
  let address: string | null = null;
  let problem: string | null = null;
  const changes = new ChangeCounter();
  const bump = () => changes.bump();

  const status = (): RoomStatus => ({
    open: server !== null,
    revision: changes.value,
    joinUrl: server?.joinUrl ?? null,
    typeUrl: server?.typeUrl ?? null,
    joinCode: server?.joinCode ?? null,
    address,
    addresses: options.addresses(),
    participants: server?.session.participantList() ?? [],
    activity: server?.session.activityStatus() ?? null,
    problem,
  });

  const running = (): RoomServer => {
    if (!server) throw new AppFailure('NOT_FOUND', 'The room is not open: open it first');
    return server;
  };

  return {
    status,

    /** Answers at once when something changed since `after`, else at the next change or after a few seconds. */
    async watch(after: number): Promise<RoomStatus> {
      await changes.next(after, WATCH_MS);
      return status();
    },

    async open(chosen: string): Promise<RoomStatus> {
      if (!options.addresses().some((a) => a.address === chosen)) throw new AppFailure('BAD_INPUT', 'Pick one of this computer’s network addresses');
      if (server) await this.close();
      try {
        const failed = (error: Error) => {
          const broken = server;
          server = null;
          address = null;
          problem = `The room stopped: ${error.message}. Everything typed on this computer is kept; open the room again.`;
          void broken?.close().catch(() => undefined);
          bump();
        };
        server = await openRoomServer({ host: chosen, port: options.port, assets: await loadPhoneAssets(options.phoneFolder), onChange: bump, onFailure: failed });
        address = chosen;
        problem = null;
      } catch (error) {
        server = null;
        address = null;
        problem = `The room could not open on ${chosen}: ${(error as Error).message}`;
      }
      bump();
      return status();
    },

    async close(): Promise<RoomStatus> {
      const closing = server;
      server = null;
      address = null;
      await closing?.close();
      bump();
      return status();
    },

    start(spec: ActivitySpec, options: ActivityOptions): RoomStatus {
      running().session.start(spec, options);
      return status();
    },
    reveal(): RoomStatus {
      const outcome = running().session.reveal();
      if (!outcome.ok) throw new AppFailure('BAD_INPUT', outcome.message);
      return status();
    },
    end(): RoomStatus {
      running().session.end();
      return status();
    },
    rename(id: string, name: string): RoomStatus {
      const outcome = running().session.rename(id, name);
      if (!outcome.ok) throw new AppFailure('BAD_INPUT', outcome.message);
      return status();
    },
    remove(id: string): RoomStatus {
      running().session.remove(id);
      return status();
    },
  };
}
