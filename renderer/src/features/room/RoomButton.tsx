import { useState } from 'react';
import { useRoom, useRoomPolling } from './use-room';
import { RoomDialog } from './RoomDialog';
import { useAutoReveal } from './use-auto-reveal';
import './room.css';

/** "Room" in the workshop's top bar: everyone joins from their phone; the count stays in view. */
export function RoomButton() {
  useRoomPolling();
  const status = useRoom((s) => s.status);
  const setStatus = useRoom((s) => s.setStatus);
  const [open, setOpen] = useState(false);
  useAutoReveal(status, setStatus);
  if (!status) return null;
  const people = status.participants.length;
  const running = status.activity && !status.activity.revealed ? ` · ${status.activity.answered}/${status.activity.eligible}` : '';
  return (
    <>
      <button
        className="btn btn-small"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        title={status.open ? `${people} in the room${running ? `, ${status.activity!.answered} of ${status.activity!.eligible} answered` : ''}` : 'Let everyone join from their phone'}
      >
        {status.open ? `Room · ${people}${running}` : 'Room'}
      </button>
      <RoomDialog open={open} onOpenChange={setOpen} status={status} onStatus={setStatus} />
    </>
  );
}
