import { useEffect, useState } from 'react';
import { bridge } from '../../bridge';
import { unwrap } from '../../bridge/unwrap';
import type { RoomStatus } from '../../../../shared/room/status';

/**
 * The room as the laptop sees it, kept current by waiting on the main process for the next
 * change (it answers at once when something moved, else after a few seconds). Mounted with the
 * workshop's top bar, so "7 of 9 in" stays live while the facilitator works on the step.
 */
export function useRoomStatus(): [RoomStatus | null, (status: RoomStatus) => void] {
  const [status, setStatus] = useState<RoomStatus | null>(null);
  useEffect(() => {
    let stopped = false;
    let after = -1;
    void (async () => {
      while (!stopped) {
        const result = after < 0 ? await bridge.getRoom({}) : await bridge.watchRoom({ after });
        if (stopped) return;
        if (!result.ok) {
          // The shell has no room (or the call failed): stop asking, the button says so.
          setStatus(null);
          return;
        }
        after = result.data.revision;
        setStatus(result.data);
      }
    })();
    return () => {
      stopped = true;
    };
  }, []);
  return [status, setStatus];
}

/** Calls one room command and returns the room as it is afterwards; a refusal is thrown with its message. */
export async function roomCommand(call: () => ReturnType<typeof bridge.getRoom>): Promise<RoomStatus> {
  return unwrap(await call());
}
