import { useEffect, useMemo, useState } from 'react';
import type { Answer, PhoneActivity, RoomTeam, ServerMessage } from '../../../shared/room/protocol';
import { RoomSocket, storedToken, storeToken, type Connection } from './room-socket';
import { JoinView } from './views/JoinView';
import { ActivityView } from './views/ActivityView';

type Phase = { kind: 'connecting' } | { kind: 'join'; notice: string } | { kind: 'in'; name: string; team: RoomTeam };

/** The phone page: join, then whatever the facilitator runs, until the room closes. */
export function PhoneApp() {
  const [phase, setPhase] = useState<Phase>({ kind: 'connecting' });
  const [connection, setConnection] = useState<Connection>('connecting');
  const [activity, setActivity] = useState<PhoneActivity | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const socket = useMemo(
    () =>
      new RoomSocket({
        connection(state) {
          setConnection(state);
          if (state === 'open' && !storedToken()) setPhase((p) => (p.kind === 'connecting' ? { kind: 'join', notice: '' } : p));
        },
        message(message: ServerMessage) {
          switch (message.type) {
            case 'joined':
              storeToken(message.token);
              setPhase({ kind: 'in', name: message.name, team: message.team });
              setRefusal(null);
              return;
            case 'state':
              setPhase({ kind: 'in', name: message.name, team: message.team });
              setActivity(message.activity);
              setAnswer(message.answer);
              setRefusal(null);
              return;
            case 'refused':
              setRefusal(message.message);
              return;
            case 'removed':
              storeToken(null);
              setActivity(null);
              setAnswer(null);
              setPhase({ kind: 'join', notice: message.message });
          }
        },
      }),
    [],
  );

  useEffect(() => {
    socket.connectNow();
    return () => socket.stop();
  }, [socket]);

  return (
    <main className="phone">
      <header className="phone-header">
        <span className="phone-brand">Common Ground</span>
        {phase.kind === 'in' && (
          <span className="phone-who">
            {phase.name} · {phase.team}
          </span>
        )}
      </header>
      {connection !== 'open' && (
        <p className="phone-status" role="status">
          {connection === 'connecting' ? 'Connecting to the room…' : 'Connection lost. Reconnecting… (stay on the room’s Wi-Fi)'}
        </p>
      )}
      {refusal && (
        <p className="phone-alert" role="alert">
          {refusal}
        </p>
      )}
      {phase.kind === 'join' && <JoinView notice={phase.notice} onJoin={(name, team) => socket.send({ type: 'join', name, team })} disabled={connection !== 'open'} />}
      {phase.kind === 'in' && (
        <ActivityView
          activity={activity}
          answer={answer}
          team={phase.team}
          disabled={connection !== 'open'}
          onAnswer={(next) => activity && socket.send({ type: 'answer', activityId: activity.id, answer: next })}
        />
      )}
    </main>
  );
}
