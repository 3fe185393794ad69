import { useState } from 'react';
import type { ActivitySpec, Visibility } from '../../../../shared/room/protocol';
import { MAX_DOTS } from '../../../../shared/room/protocol';
import { VISIBILITY_WORDS } from '../../../../shared/room/describe';
import { useEditor } from '../../stores/editor';
import { useIsFrozen } from '../workshop/useIsFrozen';
import { SIGNED_ROOM_MESSAGE } from './apply-room-result';
import { clauseChoices, dotsSpec, fistSpec, maturitySpec, rankingSpec, readySpec } from './room-specs';

export interface StartInput {
  spec: ActivitySpec;
  visibility: Visibility;
  seconds: number | null;
  revealWhenAllIn: boolean;
}

const TIMERS = [null, 60, 120, 180, 300, 600] as const;

/** The activities the open workshop can run in the room, and how: names, a timer, reveal when all are in. */
export function StartActivity({ busy, onStart }: { busy: boolean; onStart: (input: StartInput) => void }) {
  const [visibility, setVisibility] = useState<Visibility>('anonymous');
  const [seconds, setSeconds] = useState<number | null>(null);
  const [revealWhenAllIn, setRevealWhenAllIn] = useState(false);
  const [dots, setDots] = useState(3);
  const [clauseId, setClauseId] = useState('');
  const version = useEditor((s) => s.version);
  const workshop = useEditor((s) => s.workshop);
  const frozen = useIsFrozen();
  if (!version || !workshop) return null;
  const ranking = rankingSpec(version);
  const dotVote = dotsSpec(workshop.parkingLot, dots);
  const clauses = clauseChoices(version);
  const clause = clauses.find((c) => c.id === clauseId);
  const start = (spec: ActivitySpec) => onStart({ spec, visibility, seconds, revealWhenAllIn });
  return (
    <section className="card stack" aria-labelledby="room-start-title">
      <h3 id="room-start-title">Start an activity</h3>
      {frozen && <p className="alert alert-info">{SIGNED_ROOM_MESSAGE}</p>}
      <div className="room-options">
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
        <div className="field">
          <label htmlFor="room-timer">Timer</label>
          <select id="room-timer" value={seconds ?? ''} onChange={(e) => setSeconds(e.target.value ? Number(e.target.value) : null)}>
            {TIMERS.map((t) => (
              <option key={t ?? 'none'} value={t ?? ''}>
                {t ? `${t / 60} min, then reveal` : 'No timer'}
              </option>
            ))}
          </select>
        </div>
        <label className="room-check">
          <input type="checkbox" checked={revealWhenAllIn} onChange={(e) => setRevealWhenAllIn(e.target.checked)} />
          Reveal as soon as everyone is in
        </label>
      </div>
      <div className="room-start-buttons">
        <button className="btn" disabled={busy} onClick={() => start(maturitySpec())}>
          Maturity check
        </button>
        <button className="btn" disabled={busy || !ranking} onClick={() => ranking && start(ranking)}>
          Silent ranking
        </button>
        <button className="btn" disabled={busy} onClick={() => start(fistSpec(workshop.agenda.current, clause))}>
          {clause ? 'Fist of five on the clause' : 'Fist of five on this step'}
        </button>
        {clauses.length > 0 && (
          <div className="field room-clause">
            <label htmlFor="room-clause">Fist of five on</label>
            <select id="room-clause" value={clauseId} onChange={(e) => setClauseId(e.target.value)}>
              <option value="">This step’s consent</option>
              {clauses.map((c) => (
                <option key={c.id} value={c.id}>
                  Clause: {c.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <button className="btn" disabled={busy} onClick={() => start(readySpec())}>
          Ready check
        </button>
        <button className="btn" disabled={busy || !dotVote} onClick={() => dotVote && start(dotVote)}>
          Dot voting on the parking lot
        </button>
        <div className="field room-dots">
          <label htmlFor="room-dots">Dots per person</label>
          <input id="room-dots" type="number" min={1} max={MAX_DOTS} value={dots} onChange={(e) => setDots(Math.min(MAX_DOTS, Math.max(1, Math.round(Number(e.target.value) || 1))))} />
        </div>
      </div>
      {!ranking && <p className="muted">Silent ranking needs at least two criteria on the scoring board.</p>}
      {!dotVote && <p className="muted">Dot voting needs an open question in the parking lot.</p>}
    </section>
  );
}
