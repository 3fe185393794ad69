import type { RoomStatus } from '../../../../shared/room/status';
import { QrCode } from './QrCode';

/** What goes on the projector: a QR code big enough for the back row, the short code and the typed address. */
export function JoinCard({ status }: { status: RoomStatus }) {
  return (
    <section className="card room-join" aria-labelledby="room-join-title">
      <h3 id="room-join-title">Join from your phone</h3>
      {status.joinUrl && <QrCode text={status.joinUrl} label={`QR code to join the room at ${status.joinUrl}`} />}
      <p className="room-join-line">
        or open <strong className="room-url">{status.typeUrl}</strong>
      </p>
      <p className="room-join-line">
        and type the code <strong className="room-code" data-testid="room-code">{status.joinCode}</strong>
      </p>
      <details className="room-help">
        <summary>Phones cannot reach it?</summary>
        <ul>
          <li>Check the phone is on the same Wi-Fi as this computer ({status.address}).</li>
          <li>Guest and hotel Wi-Fi often keep devices apart: turn on this computer’s hotspot, have everyone join it, and open the room on it.</li>
          <li>Allow Common Ground through this computer’s firewall when it asks.</li>
        </ul>
      </details>
    </section>
  );
}
