import { useCallback } from 'react';
import { navigate, useRoute } from '../../router';
import { useEditor } from '../../stores/editor';
import { STEPS, stepIndex } from '../steps';
import { TimerReadout, useTimerState } from '../agenda/AgendaTimer';
import { usePresenter } from './presenter-store';
import { usePresenterKeys } from './usePresenterKeys';
import { StepEssentials } from './StepEssentials';
import { RoomCorner } from '../room/RoomCorner';
import './presenter.css';

/** The projector view: big type, high contrast, the current step's essentials and the timer. */
export function PresenterOverlay() {
  const route = useRoute();
  const workshopId = useEditor((s) => s.workshop?.id);
  const step = route.name === 'workshop' ? route.step : null;
  const onStep = useCallback(
    (offset: 1 | -1) => {
      if (!step || !workshopId) return;
      const target = STEPS[stepIndex(step) + offset];
      if (target) navigate({ name: 'workshop', workshopId, step: target.id });
    },
    [step, workshopId],
  );
  usePresenterKeys(onStep);
  const open = usePresenter((s) => s.open);
  const blank = usePresenter((s) => s.blank);
  if (!open || !step || !workshopId) return null;
  if (blank) return <div className="presenter presenter-blank" role="dialog" aria-modal="true" aria-label="Blank screen (press B to show, Esc to leave)" data-testid="presenter-blank" />;
  const index = stepIndex(step);
  const definition = STEPS[index];
  return (
    <div className="presenter" role="dialog" aria-modal="true" aria-label="Presenter view" data-testid="presenter">
      <header className="presenter-header">
        <span className="presenter-step">
          Step {index + 1} of {STEPS.length}
        </span>
        <PresenterTimer />
      </header>
      <h1 className="presenter-title">{definition.title}</h1>
      <p className="presenter-purpose">{definition.purpose}</p>
      <div className="presenter-body">
        <StepEssentials step={step} />
      </div>
      <RoomCorner />
      <footer className="presenter-footer">B blank · ← → step · Esc leave</footer>
    </div>
  );
}

function PresenterTimer() {
  const state = useTimerState();
  return state ? <TimerReadout state={state} large /> : null;
}
