import { useEffect, useRef } from 'react';
import type { RoomStatus } from '../../../../shared/room/status';
import { notify } from '../../ui/toast';
import { revealAndRecord } from './apply-room-result';

/**
 * Reveals the running activity by itself when the facilitator asked for it: once everyone who
 * may answer has, or when the timer ends (with at least one answer in). Mounted with the top bar,
 * so it also happens while the room dialog is closed. Each activity is revealed once.
 */
export function useAutoReveal(status: RoomStatus | null, onStatus: (status: RoomStatus) => void): void {
  const revealed = useRef<string | null>(null);
  const activity = status?.activity ?? null;
  useEffect(() => {
    if (!activity || activity.revealed || revealed.current === activity.id) return;
    const reveal = () => {
      if (revealed.current === activity.id) return;
      revealed.current = activity.id;
      revealAndRecord().then(onStatus, (error: Error) => notify.error(error.message));
    };
    if (activity.revealWhenAllIn && activity.eligible > 0 && activity.answered >= activity.eligible) return reveal();
    if (!activity.endsAt || activity.answered === 0) return;
    const timer = setTimeout(reveal, Math.max(0, Date.parse(activity.endsAt) - Date.now()));
    return () => clearTimeout(timer);
  }, [activity, onStatus]);
}
