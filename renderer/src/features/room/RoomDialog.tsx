import { useState } from 'react';
import { bridge } from '../../bridge';
import type { RoomStatus } from '../../../../shared/room/status';
import { Dialog } from '../../ui/Dialog';
import { useBusyAction } from '../../ui/useBusyAction';
import { roomCommand } from './use-room';
import { JoinCard } from './JoinCard';
import { ActivityPanel } from './ActivityPanel';
import { ParticipantList } from './ParticipantList';

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  status: RoomStatus;
  onStatus: (status: RoomStatus) => void;
}

/** Opening the room, the QR code for the projector, what runs, and who is in. */
export function RoomDialog({ open, onOpenChange, status, onStatus }: Props) {
  const { busy, run } = useBusyAction();
  const command = (call: () => ReturnType<typeof bridge.getRoom>) => run(async () => onStatus(await roomCommand(call)));
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Room" description="Everyone takes part from their own phone or laptop, over this room’s network. No internet and no account needed." wide>
      {status.open ? (
        <div className="room-layout">
          <JoinCard status={status} />
          <div className="stack">
            <ActivityPanel status={status} onStatus={onStatus} />
            <ParticipantList status={status} onStatus={onStatus} />
            <div className="row">
              <button className="btn btn-danger" disabled={busy} onClick={() => command(() => bridge.closeRoom({}))}>
                Close the room
              </button>
              <span className="muted">Closing stops the server; phones see that the room has gone.</span>
            </div>
          </div>
        </div>
      ) : (
        <OpenRoom status={status} busy={busy} onOpen={(address) => command(() => bridge.openRoom({ address }))} />
      )}
    </Dialog>
  );
}

function OpenRoom({ status, busy, onOpen }: { status: RoomStatus; busy: boolean; onOpen: (address: string) => void }) {
  const [address, setAddress] = useState(status.addresses[0]?.address ?? '');
  if (status.addresses.length === 0) {
    return (
      <p className="alert alert-warning">
        {status.problem ?? 'This computer is on no network phones could reach. Turn on its hotspot (or join the room’s Wi-Fi), then open this again.'}
      </p>
    );
  }
  return (
    <div className="stack">
      <p>Nothing listens until you open the room. Phones must be on the same network as this computer.</p>
      <div className="field">
        <label htmlFor="room-address">Network</label>
        <select id="room-address" value={address} onChange={(e) => setAddress(e.target.value)}>
          {status.addresses.map((a) => (
            <option key={a.address} value={a.address}>
              {a.label}: {a.address}
            </option>
          ))}
        </select>
      </div>
      {status.problem && <p className="alert alert-danger">{status.problem}</p>}
      <div className="row">
        <button className="btn btn-primary" disabled={busy || !address} onClick={() => onOpen(address)}>
          Open the room
        </button>
      </div>
    </div>
  );
}
