import { openItems } from '../../../../shared/rules/consent';
import { CONSENT_STEPS } from '../../../../shared/rules/signing-readiness';
import type { StepId } from '../../../../shared/model/workshop';
import { useEditor } from '../../stores/editor';
import './agenda.css';

/** The steps that need both teams' consent before signing (the rule lives in shared/rules). */
export { CONSENT_STEPS };

/** What is still open before signing: objections and missing consent, in agenda order. */
export function OpenItemsList({ steps = CONSENT_STEPS }: { steps?: readonly StepId[] }) {
  const consents = useEditor((s) => s.workshop?.consents);
  const parked = useEditor((s) => s.workshop?.parkingLot.filter((p) => !p.resolved).length ?? 0);
  const items = openItems(consents ?? [], steps);
  return (
    <section className="open-items" aria-label="Open items">
      {items.length === 0 ? (
        <p className="alert alert-info">Marketing and Sales have agreed on every section.</p>
      ) : (
        <ul className="open-items-list">
          {items.map((item) => (
            <li key={`${item.step}-${item.team}`} data-state={item.state}>
              <span className={`badge ${item.state === 'objection' ? 'badge-danger' : ''}`}>{item.state === 'objection' ? 'Objection' : 'Open'}</span> {item.reason}
            </li>
          ))}
        </ul>
      )}
      {parked > 0 && <p className="muted">{parked === 1 ? '1 question is' : `${parked} questions are`} still in the parking lot.</p>}
    </section>
  );
}
