import { useEffect } from 'react';
import { create } from 'zustand';
import { bridge } from '../../bridge';
import { unwrap } from '../../bridge/unwrap';
import type { RoomStatus } from '../../../../shared/room/status';

/**
 * The room as the laptop sees it, in one small store: the top bar's button, the room dialog and
 * the projector views read it; one loop per window keeps it current by waiting on the main
 * process for the next change (it answers at once when something moved, else after a few seconds).
 */
export const useRoom = create<{ status: RoomStatus | null; setStatus: (status: RoomStatus | null) => void }>((set) => ({
  status: null,
  setStatus: (status) => set({ status }),
}));

let loops = 0;

/** Keeps the store current while a component that needs it is mounted (one loop however many ask). */
export function useRoomPolling(): void {
  useEffect(() => {
    loops += 1;
    if (loops > 1) return () => void (loops -= 1);
    let stopped = false;
    let after = -1;
    void (async () => {
      while (!stopped) {
        const result = after < 0 ? await bridge.getRoom({}) : await bridge.watchRoom({ after });
        if (stopped) return;
        if (!result.ok) {
          // The main process did not answer: keep what the laptop knows and ask again shortly.
          await new Promise((resolve) => setTimeout(resolve, 2_000));
          continue;
        }
        after = result.data.revision;
        useRoom.getState().setStatus(result.data);
      }
    })();
    return () => {
      loops -= 1;
      stopped = true;
    };
  }, []);
}

/** Calls one room command and returns the room as it is afterwards; a refusal is thrown with its message. */
export async function roomCommand(call: () => ReturnType<typeof bridge.getRoom>): Promise<RoomStatus> {
  const status = unwrap(await call());
  useRoom.getState().setStatus(status);
  return status;
}
