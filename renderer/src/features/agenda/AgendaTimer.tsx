import { useEffect, useRef, useState } from 'react';
import { addMinute, pauseTimer, rebalance, startTimer, timerState, STEP_LABELS, type TimerState } from '../../../../shared/rules/agenda';
import { useEditor } from '../../stores/editor';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import { notify } from '../../ui/toast';
import { chime, formatClock, nowIso, useNow } from './clock';
import { TimeboxDialog } from './TimeboxDialog';
import './agenda.css';

/** The live timer state of the open workshop's current step, ticking once a second while it runs. */
export function useTimerState(): TimerState | null {
  const stored = useEditor((s) => s.workshop?.agenda);
  const endedAt = useEditor((s) => signingEndedAt(s.version));
  // Once every required team has signed the workshop is over: the clock stands still at that moment.
  const agenda = stored && endedAt && stored.timerStartedAt ? pauseTimer(stored, stored.timerStartedAt > endedAt ? stored.timerStartedAt : endedAt) : stored;
  const now = useNow(Boolean(agenda?.timerStartedAt));
  return agenda ? timerState(agenda, new Date(now).toISOString()) : null;
}

/** When signing completed (the last signature), for a version no longer open to signing; null otherwise. */
function signingEndedAt(version: Pick<AgreementVersion, 'status' | 'signatures'> | null | undefined): string | null {
  if (!version || version.status === 'draft' || version.status === 'signing') return null;
  return version.signatures.at(-1)?.signedAt ?? null;
}

/** Flashes (and chimes outside tests) once when a running step reaches zero. */
function useZeroFlash(state: TimerState | null): boolean {
  const [flashing, setFlashing] = useState(false);
  const previous = useRef<{ step: string; remaining: number } | null>(null);
  useEffect(() => {
    if (!state) return;
    const before = previous.current;
    previous.current = { step: state.step, remaining: state.remainingSeconds };
    const crossed = before !== null && before.step === state.step && before.remaining > 0 && state.remainingSeconds <= 0;
    if (!crossed || !state.running || state.plannedSeconds === 0) return;
    setFlashing(true);
    chime();
  }, [state]);
  // Its own effect: the state above is a new object every tick, which must not cancel this.
  useEffect(() => {
    if (!flashing) return;
    const id = setTimeout(() => setFlashing(false), 3000);
    return () => clearTimeout(id);
  }, [flashing]);
  return flashing;
}

/** The countdown as people read it: time left, or time over once the step has overrun. */
export function TimerReadout({ state, large = false }: { state: TimerState; large?: boolean }) {
  const over = state.remainingSeconds < 0;
  const text = over ? `+${formatClock(state.remainingSeconds)} over` : formatClock(state.remainingSeconds);
  const spoken = over ? `${STEP_LABELS[state.step]} is ${formatClock(state.remainingSeconds)} over time` : `${formatClock(state.remainingSeconds)} left for ${STEP_LABELS[state.step]}`;
  return (
    <span role="timer" aria-label={spoken} className={`timer-readout${large ? ' timer-readout-large' : ''}`} data-level={state.level} data-running={state.running}>
      {text}
    </span>
  );
}

/** The top bar's agenda clock: countdown, start/pause, +1 min, timeboxes and the rebalance offer. */
export function AgendaTimer() {
  const state = useTimerState();
  const flashing = useZeroFlash(state);
  const [editing, setEditing] = useState(false);
  const ended = useEditor((s) => signingEndedAt(s.version) !== null);
  if (!state) return null;
  const setAgenda = useEditor.getState().setAgenda;
  const planned = Math.round(state.plannedSeconds / 60);
  const toggle = () => setAgenda((a) => (a.timerStartedAt ? pauseTimer(a, nowIso()) : startTimer(a, nowIso())));
  const applyRebalance = () => {
    let sentence = '';
    setAgenda((a) => {
      const result = rebalance(a, nowIso());
      sentence = result.sentence;
      return result.agenda;
    });
    notify.info(sentence);
  };
  return (
    <div className="agenda-timer" data-flash={flashing} data-testid="agenda-timer">
      <TimerReadout state={state} />
      <button className="btn btn-small timer-toggle" onClick={toggle} disabled={ended} aria-label={state.running ? 'Pause timer' : 'Start timer'} title={ended ? 'The agreement is signed: the timer has stopped' : state.running ? 'Pause' : 'Start'}>
        {state.running ? '❚❚' : '▶'}
      </button>
      <button className="btn btn-small" onClick={() => setAgenda((a) => addMinute(a))} aria-label="+1 min: add one minute to this step">
        +1 min
      </button>
      <button
        className="btn btn-small btn-ghost"
        onClick={() => setEditing(true)}
        aria-label={`Timebox: ${planned} min — edit timeboxes`}
        title={`${planned} minutes planned for this step. Click to change the timebox of every step.`}
      >
        Timebox: {planned} min
      </button>
      {state.remainingSeconds < 0 && (
        <div className="agenda-overrun alert alert-warning" role="status">
          <span>{STEP_LABELS[state.step]} is over its time.</span>
          <button className="btn btn-small btn-primary" onClick={applyRebalance}>
            Rebalance the remaining steps
          </button>
        </div>
      )}
      <TimeboxDialog open={editing} onOpenChange={setEditing} />
    </div>
  );
}
