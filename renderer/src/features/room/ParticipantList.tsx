import { useState } from 'react';
import { bridge } from '../../bridge';
import type { RoomParticipantStatus, RoomStatus } from '../../../../shared/room/status';
import { useBusyAction } from '../../ui/useBusyAction';
import { roomCommand } from './use-room';

/** Who is in: the facilitator can fix a name or take someone out (their phone is told). */
export function ParticipantList({ status, onStatus }: { status: RoomStatus; onStatus: (s: RoomStatus) => void }) {
  const { busy, run } = useBusyAction();
  const command = (call: () => ReturnType<typeof bridge.getRoom>) => run(async () => onStatus(await roomCommand(call)));
  const connected = status.participants.filter((p) => p.connected).length;
  return (
    <section className="card stack" aria-labelledby="room-people-title">
      <h3 id="room-people-title">
        In the room: {status.participants.length} {status.participants.length !== connected && <span className="muted">({connected} connected)</span>}
      </h3>
      {status.participants.length === 0 ? (
        <p className="muted">Nobody yet. Put the QR code on the projector.</p>
      ) : (
        <ul className="room-people">
          {status.participants.map((p) => (
            <Person key={p.id} person={p} busy={busy} onRename={(name) => command(() => bridge.renameRoomParticipant({ id: p.id, name }))} onRemove={() => command(() => bridge.removeRoomParticipant({ id: p.id }))} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Person({ person, busy, onRename, onRemove }: { person: RoomParticipantStatus; busy: boolean; onRename: (name: string) => void; onRemove: () => void }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(person.name);
  return (
    <li className="room-person">
      <span className={person.connected ? 'room-dot room-dot-on' : 'room-dot'} aria-hidden="true" />
      {editing ? (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            onRename(name.trim());
            setEditing(false);
          }}
        >
          <input aria-label={`New name for ${person.name}`} value={name} maxLength={40} onChange={(e) => setName(e.target.value)} autoFocus />
          <button className="btn btn-small" type="submit">
            Save
          </button>
        </form>
      ) : (
        <span className="room-person-name">
          {person.name} <span className="muted">· {person.team}</span>
          {!person.connected && <span className="muted"> · away</span>}
          {person.answered !== null && <span className="muted"> · {person.answered ? 'answered' : 'not yet'}</span>}
        </span>
      )}
      {!editing && (
        <button className="btn btn-small btn-ghost" disabled={busy} onClick={() => (setName(person.name), setEditing(true))} aria-label={`Rename ${person.name}`}>
          Rename
        </button>
      )}
      <button className="btn btn-small btn-ghost" disabled={busy} onClick={onRemove} aria-label={`Remove ${person.name} from the room`}>
        Remove
      </button>
    </li>
  );
}
