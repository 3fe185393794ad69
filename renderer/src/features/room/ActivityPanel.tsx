import { useState } from 'react';
import { bridge } from '../../bridge';
import type { ActivitySpec, Visibility } from '../../../../shared/room/protocol';
import type { RoomStatus } from '../../../../shared/room/status';
import { activityTitle, VISIBILITY_WORDS } from '../../../../shared/room/describe';
import { useEditor } from '../../stores/editor';
import { notify } from '../../ui/toast';
import { useBusyAction } from '../../ui/useBusyAction';
import { useIsFrozen } from '../workshop/useIsFrozen';
import { applyRoomResult } from './apply-room-result';
import { roomCommand } from './use-room';
import { fistSpec, maturitySpec, rankingSpec, readySpec } from './room-specs';
import { RoomResults } from './RoomResults';

/** Start one activity, watch the count come in (never the answers), reveal, and it is in the workshop. */
export function ActivityPanel({ status, onStatus }: { status: RoomStatus; onStatus: (s: RoomStatus) => void }) {
  const { busy, run } = useBusyAction();
  const activity = status.activity;
  const command = (call: () => ReturnType<typeof bridge.getRoom>) => run(async () => onStatus(await roomCommand(call)));
  const reveal = () =>
    run(async () => {
      const next = await roomCommand(() => bridge.revealRoomActivity({}));
      onStatus(next);
      if (!next.activity) return;
      const written = await applyRoomResult(next.activity);
      if (written.ok && next.activity.spec.kind !== 'ready') notify.success(`${activityTitle(next.activity.spec)}: the room’s answers are in the workshop.`);
    });

  if (!activity) return <StartActivity busy={busy} onStart={(spec, visibility) => command(() => bridge.startRoomActivity({ spec, visibility }))} />;
  const everyone = activity.eligible > 0 && activity.answered >= activity.eligible;
  return (
    <section className="card stack" aria-labelledby="room-activity-title">
      <h3 id="room-activity-title">{activityTitle(activity.spec)}</h3>
      <p className="muted">Names: {VISIBILITY_WORDS[activity.visibility]}.</p>
      {!activity.revealed ? (
        <>
          <p className="room-progress" role="status" aria-live="polite">
            {activity.answered} of {activity.eligible} {activity.spec.kind === 'ready' ? 'done' : 'submitted'}
            {everyone ? ' — everyone is in' : ''}
          </p>
          <progress max={Math.max(activity.eligible, 1)} value={activity.answered} aria-label="Answers in" />
          <p className="muted">Counts only: the answers stay hidden, here too, until you reveal them.</p>
          <div className="row">
            <button className="btn btn-primary" disabled={busy || activity.answered === 0} onClick={reveal}>
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

function StartActivity({ busy, onStart }: { busy: boolean; onStart: (spec: ActivitySpec, visibility: Visibility) => void }) {
  const [visibility, setVisibility] = useState<Visibility>('anonymous');
  const version = useEditor((s) => s.version);
  const step = useEditor((s) => s.workshop?.agenda.current);
  const frozen = useIsFrozen();
  if (!version || !step) return null;
  const ranking = rankingSpec(version);
  const start = (spec: ActivitySpec) => onStart(spec, visibility);
  return (
    <section className="card stack" aria-labelledby="room-start-title">
      <h3 id="room-start-title">Start an activity</h3>
      {frozen && <p className="alert alert-info">This version is signed: answers can be collected but not written into it. Revise it to record them.</p>}
      <div className="field">
        <label htmlFor="room-visibility">Names</label>
        <select id="room-visibility" value={visibility} onChange={(e) => setVisibility(e.target.value as Visibility)}>
          {(Object.keys(VISIBILITY_WORDS) as Visibility[]).map((v) => (
            <option key={v} value={v}>
              {VISIBILITY_WORDS[v][0].toUpperCase() + VISIBILITY_WORDS[v].slice(1)}
            </option>
          ))}
        </select>
      </div>
      <div className="room-start-buttons">
        <button className="btn" disabled={busy} onClick={() => start(maturitySpec())}>
          Maturity check
        </button>
        <button className="btn" disabled={busy || !ranking} onClick={() => ranking && start(ranking)} title={ranking ? undefined : 'Put at least two criteria on the board first'}>
          Silent ranking
        </button>
        <button className="btn" disabled={busy} onClick={() => start(fistSpec(step))}>
          Fist of five on this step
        </button>
        <button className="btn" disabled={busy} onClick={() => start(readySpec())}>
          Ready check
        </button>
      </div>
      {!ranking && <p className="muted">Silent ranking needs at least two criteria on the scoring board.</p>}
    </section>
  );
}
