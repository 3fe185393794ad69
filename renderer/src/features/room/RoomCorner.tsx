import { useRoom, useRoomPolling } from './use-room';
import { QrCode } from './QrCode';
import { activityTitle } from '../../../../shared/room/describe';
import './room.css';

/** On the projector while the room is open: how to join, and how many have answered (never what). */
export function RoomCorner() {
  useRoomPolling();
  const status = useRoom((s) => s.status);
  if (!status?.open || !status.joinUrl) return null;
  const activity = status.activity;
  return (
    <aside className="room-corner" aria-label="Join the room">
      <QrCode text={status.joinUrl} size={150} label={`QR code to join the room at ${status.joinUrl}`} />
      <div>
        <p className="room-corner-line">{status.typeUrl}</p>
        <p className="room-corner-code">{status.joinCode}</p>
        {activity && !activity.revealed && (
          <p className="room-corner-line">
            {activityTitle(activity.spec)}: {activity.answered} of {activity.eligible} in
          </p>
        )}
      </div>
    </aside>
  );
}
