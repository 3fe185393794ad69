import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { loadWorkshop } from '../../db/repositories/workshops';
import { useEditor } from '../../stores/editor';
import { STEPS, stepIndex } from '../steps';
import { TimerReadout, useTimerState } from '../agenda/AgendaTimer';
import { StepEssentials } from './StepEssentials';
import { RoomCorner } from '../room/RoomCorner';
import './presenter.css';

/**
 * The audience view on the second display. It reads the workshop from IndexedDB live, so it
 * follows the facilitator's laptop (step, timer, edits) as soon as autosave stores them.
 */
export function AudienceScreen({ workshopId }: { workshopId: string }) {
  const found = useLiveQuery(() => loadWorkshop(workshopId), [workshopId]);
  useEffect(() => {
    if (found) useEditor.getState().load(found.workshop, found.version);
  }, [found]);
  const workshop = useEditor((s) => s.workshop);
  if (found === null) return <p className="presenter presenter-muted">This workshop is no longer in the library.</p>;
  if (!workshop) return <div className="presenter presenter-blank" aria-label="Waiting for the workshop" />;
  const step = workshop.agenda.current;
  const index = stepIndex(step);
  return (
    <div className="presenter" role="main" aria-label="Audience view" data-testid="audience">
      <header className="presenter-header">
        <span className="presenter-step">
          Step {index + 1} of {STEPS.length}
        </span>
        <AudienceTimer />
      </header>
      <h1 className="presenter-title">{STEPS[index].title}</h1>
      <p className="presenter-purpose">{STEPS[index].purpose}</p>
      <div className="presenter-body">
        <StepEssentials step={step} />
      </div>
      <RoomCorner />
    </div>
  );
}

function AudienceTimer() {
  const state = useTimerState();
  return state ? <TimerReadout state={state} large /> : null;
}
