import { openItems } from '../../../../shared/rules/consent';
import { useEditor } from '../../stores/editor';
import { CONSENT_STEPS, OpenItemsList } from '../agenda/OpenItemsList';

/** Objections and missing consent, folded away when long so the agreement itself stays in view. */
export function OpenBeforeSigning() {
  const consents = useEditor((s) => s.workshop?.consents);
  const count = openItems(consents ?? [], CONSENT_STEPS).length;
  const objections = openItems(consents ?? [], CONSENT_STEPS).filter((i) => i.state === 'objection').length;
  return (
    <section className="card stack" aria-labelledby="open-heading">
      <h2 id="open-heading">Open before signing</h2>
      {count <= 4 ? (
        <OpenItemsList />
      ) : (
        <details open={objections > 0}>
          <summary className="open-summary">
            {count} open items: sections where Marketing or Sales has not agreed yet
            {objections > 0 && <span className="badge badge-danger">{objections} objection{objections === 1 ? '' : 's'}</span>}
          </summary>
          <OpenItemsList />
        </details>
      )}
    </section>
  );
}
