import { openBeforeSigning } from '../../../../shared/rules/signing-readiness';
import { useEditor } from '../../stores/editor';
import { OpenItemsList } from '../agenda/OpenItemsList';

/** Objections and missing consent, folded away when long so the agreement itself stays in view. */
export function OpenBeforeSigning() {
  const workshop = useEditor((s) => s.workshop);
  if (!workshop) return null;
  const { objections, undecided } = openBeforeSigning(workshop);
  const count = objections.length + undecided.length;
  return (
    <section className="card stack" aria-labelledby="open-heading">
      <h2 id="open-heading">Open before signing</h2>
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
