import type { StepId } from '../../../../shared/model/workshop';
import { useEditor } from '../../stores/editor';

/** The planned minutes beside a step in the rail, so the whole timeline is visible at a glance. */
export function StepMinutes({ step }: { step: StepId }) {
  const minutes = useEditor((s) => s.workshop?.agenda.steps.find((x) => x.step === step)?.minutes);
  if (minutes === undefined) return null;
  return (
    <span className="rail-step-minutes" aria-label={`${minutes} minutes`}>
      {minutes}′
    </span>
  );
}
