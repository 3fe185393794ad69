import { CONSENT_STEPS, openBeforeSigning } from '../../../../shared/rules/signing-readiness';
import { useEditor } from '../../stores/editor';
import { OpenItemsList } from '../agenda/OpenItemsList';

/** Objections and missing consent, folded away when long so the agreement itself stays in view. */
export function OpenBeforeSigning() {
  const workshop = useEditor((s) => s.workshop);
  const stages = useEditor((s) => s.version?.content.leadDefinition.stages);
  if (!workshop) return null;
  const { objections, undecided, emptyStages } = openBeforeSigning(workshop, CONSENT_STEPS, stages);
  const count = objections.length + undecided.length;
  return (
    <section className="card stack" aria-labelledby="open-heading">
      <h2 id="open-heading">Open before signing</h2>
      {emptyStages.length > 0 && (
        <p className="alert alert-warning" data-testid="empty-stages">
          {emptyStages.length === 1 ? 'A lifecycle stage has' : `${emptyStages.length} lifecycle stages have`} no entry criteria yet:{' '}
          {emptyStages.map((s) => s.name).join(', ')}. Write them on the Lead definition step, or the first signer is asked to sign anyway.
        </p>
      )}
      {count <= 4 ? (
        <OpenItemsList />
      ) : (
        <details open={objections.length > 0}>
          <summary className="open-summary">
            {count} open items: sections where Marketing or Sales has not agreed yet
            {objections.length > 0 && (
              <span className="badge badge-danger">
                {objections.length} objection{objections.length === 1 ? '' : 's'}
              </span>
            )}
          </summary>
          <OpenItemsList />
        </details>
      )}
    </section>
  );
}
