import type { StepId } from '../../../../shared/model/workshop';
import { ConsentBar } from './ConsentBar';
import { CONSENT_STEPS } from './OpenItemsList';

/** The consent check under every step that the agreement needs both teams to accept. */
export function StepConsent({ step }: { step: StepId }) {
  if (!CONSENT_STEPS.includes(step)) return null;
  return (
    <div className="step-extras">
      <ConsentBar step={step} />
    </div>
  );
}
