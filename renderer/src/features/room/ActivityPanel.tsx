import { bridge } from '../../bridge';
import type { RoomStatus } from '../../../../shared/room/status';
import { activityTitle, VISIBILITY_WORDS } from '../../../../shared/room/describe';
import { useBusyAction } from '../../ui/useBusyAction';
import { revealAndRecord } from './apply-room-result';
import { roomCommand } from './use-room';
import { RoomResults } from './RoomResults';
import { StartActivity } from './StartActivity';
import { Countdown } from './Countdown';

/** Start one activity, watch the count come in (never the answers), reveal, and it is in the workshop. */
export function ActivityPanel({ status, onStatus }: { status: RoomStatus; onStatus: (s: RoomStatus) => void }) {
  const { busy, run } = useBusyAction();
  const activity = status.activity;
  const command = (call: () => ReturnType<typeof bridge.getRoom>) => run(async () => onStatus(await roomCommand(call)));

  if (!activity) return <StartActivity busy={busy} onStart={(input) => command(() => bridge.startRoomActivity(input))} />;
  const everyone = activity.eligible > 0 && activity.answered >= activity.eligible;
  const when = [activity.revealWhenAllIn && 'when everyone is in', activity.endsAt && 'when the timer ends'].filter(Boolean).join(' or ');
  return (
    <section className="card stack" aria-labelledby="room-activity-title">
      <h3 id="room-activity-title">{activityTitle(activity.spec)}</h3>
      <p className="muted">
        Names: {VISIBILITY_WORDS[activity.visibility]}.{when && !activity.revealed ? ` Reveals by itself ${when}.` : ''}
      </p>
      {!activity.revealed ? (
        <>
          <p className="room-progress" role="status" aria-live="polite">
            {activity.answered} of {activity.eligible} {activity.spec.kind === 'ready' ? 'done' : 'submitted'}
            {everyone ? ' — everyone is in' : ''}
          </p>
          <progress max={Math.max(activity.eligible, 1)} value={activity.answered} aria-label="Answers in" />
          {activity.endsAt && <Countdown endsAt={activity.endsAt} />}
          <p className="muted">Counts only: the answers stay hidden, here too, until you reveal them.</p>
          <div className="row">
            <button className="btn btn-primary" disabled={busy || activity.answered === 0} onClick={() => run(async () => onStatus(await revealAndRecord()))}>
              Reveal
            </button>
            <button className="btn" disabled={busy} onClick={() => command(() => bridge.endRoomActivity({}))}>
              Stop without revealing
            </button>
          </div>
        </>
      ) : (
        <>
          <RoomResults activity={activity} />
          <div className="row">
            <button className="btn" disabled={busy} onClick={() => command(() => bridge.endRoomActivity({}))}>
              Done: next activity
            </button>
          </div>
        </>
      )}
    </section>
  );
}
