import type { OpenBeforeSigning } from '../../../../shared/rules/signing-readiness';
import { Dialog, DialogClose } from '../../ui/Dialog';

interface Props {
  open: OpenBeforeSigning;
  shown: boolean;
  onGoBack: () => void;
  onSignAnyway: () => void;
}

/** Before the first signature freezes the content: name what is still open, and let the room decide. */
export function SignAnywayDialog({ open, shown, onGoBack, onSignAnyway }: Props) {
  const { objections, parked, undecided, emptyStages } = open;
  const counts = listed([plural(objections.length, 'objection'), plural(parked.length, 'parked question'), plural(emptyStages.length, 'lifecycle stage without entry criteria', 'lifecycle stages without entry criteria'), plural(undecided.length, 'missing vote')]);
  const description = `Still open: ${counts}. The first signature freezes the agreement as it is now.`;
  return (
    <Dialog open={shown} onOpenChange={(next) => !next && onGoBack()} title="Sign with open items?" description={description}>
      <div className="stack sign-anyway">
        {objections.length > 0 && (
          <ul className="open-items-list" aria-label="Open objections">
            {objections.map((item) => (
              <li key={`${item.step}-${item.team}`}>
                <span className="badge badge-danger">Objection</span> {item.reason}
              </li>
            ))}
          </ul>
        )}
        {parked.length > 0 && (
          <ul className="open-items-list" aria-label="Parked questions">
            {parked.map((item) => (
              <li key={item.id}>
                <span className="badge">Parked</span> {item.text}
              </li>
            ))}
          </ul>
        )}
        {emptyStages.length > 0 && (
          <ul className="open-items-list" aria-label="Stages without entry criteria">
            {emptyStages.map((stage) => (
              <li key={stage.id}>
                <span className="badge">Empty stage</span> {stage.name}: no entry criteria written
              </li>
            ))}
          </ul>
        )}
        {undecided.length > 0 && (
          // Votes are a ritual the group may skip: named, but folded away so the objections stay in view.
          <details>
            <summary>{plural(undecided.length, 'missing vote')}</summary>
            <ul className="open-items-list" aria-label="Missing votes">
              {undecided.map((item) => (
                <li key={`${item.step}-${item.team}`}>
                  <span className="badge">No vote</span> {item.reason}
                </li>
              ))}
            </ul>
          </details>
        )}
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <DialogClose asChild>
            <button className="btn" autoFocus>
              Go back
            </button>
          </DialogClose>
          <button className="btn btn-primary" onClick={onSignAnyway}>
            Sign anyway
          </button>
        </div>
      </div>
    </Dialog>
  );
}

function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return n === 0 ? '' : `${n} ${n === 1 ? noun : nouns}`;
}

/** "a, b and c", leaving out the empty ones. */
function listed(parts: string[]): string {
  const kept = parts.filter(Boolean);
  return kept.length <= 1 ? (kept[0] ?? '') : `${kept.slice(0, -1).join(', ')} and ${kept.at(-1)}`;
}
