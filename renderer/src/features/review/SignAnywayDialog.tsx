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
  const { objections, parked } = open;
  const counts = [plural(objections.length, 'objection'), plural(parked.length, 'parked question')].filter(Boolean).join(' and ');
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

function plural(n: number, noun: string): string {
  return n === 0 ? '' : `${n} ${noun}${n === 1 ? '' : 's'}`;
}
