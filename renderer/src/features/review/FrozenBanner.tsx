import { useState } from 'react';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import { reviseVersion } from '../../db/repositories/signing';
import { navigate, useRoute } from '../../router';
import { Dialog } from '../../ui/Dialog';
import { notify } from '../../ui/toast';
import { useBusyAction } from '../../ui/useBusyAction';
import { HashText } from './HashText';
import { isFrozen } from '../../../../shared/rules/frozen';
import { useEditor } from '../../stores/editor';

const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }) : null);

/** When the version was signed: the last signature completed it; before that, the first one froze it. */
function frozenSentence(version: AgreementVersion): string {
  const lastSigned = version.signatures.map((s) => s.signedAt).sort().at(-1) ?? version.frozenAt;
  const v = `v${version.version}`;
  switch (version.status) {
    case 'signed':
      return `Signed ${v}${lastSigned ? ` on ${day(lastSigned)}` : ''}`;
    case 'superseded':
      return `${v} was signed${lastSigned ? ` on ${day(lastSigned)}` : ''} and is superseded by a newer version`;
    case 'archived':
      return `${v} is archived`;
    default:
      return `Signing of ${v} started${version.frozenAt ? ` on ${day(version.frozenAt)}` : ''}`;
  }
}

/** The banner for the open version when it is frozen; nothing otherwise. Reads the version itself, so the workshop screen need not. */
export function FrozenNotice({ showHash = false }: { showHash?: boolean }) {
  const version = useEditor((s) => s.version);
  return version && isFrozen(version) ? <FrozenBanner version={version} showHash={showHash} /> : null;
}

/** One calm line on every step of a frozen version, with the only way forward: a new version, after asking. */
export function FrozenBanner({ version, showHash = false }: { version: AgreementVersion; showHash?: boolean }) {
  const { busy, run } = useBusyAction();
  const [asking, setAsking] = useState(false);
  const route = useRoute();
  // The revision opens on the step the facilitator was looking at, not on a step of its own choosing.
  const step = route.name === 'workshop' ? route.step : 'review';
  const revise = () =>
    run(
      async () => {
        const { workshop, version: next } = await reviseVersion(version.id);
        setAsking(false);
        notify.success(`Version ${next.version} is a new draft. Version ${version.version} keeps its signatures.`);
        navigate({ name: 'workshop', workshopId: workshop.id, step });
      },
      { onError: (error) => notify.error((error as Error).message) },
    );
  return (
    <div className="alert alert-info frozen-banner" data-testid="frozen-banner">
      <div>
        <strong>{frozenSentence(version)} — read-only.</strong> Revise to make changes; this version keeps its signatures.
        {showHash && version.contentHash && (
          <div className="frozen-hash muted">
            Content SHA-256 <HashText hash={version.contentHash} />
          </div>
        )}
      </div>
      <button className="btn btn-primary" onClick={() => setAsking(true)} disabled={busy}>
        Revise
      </button>
      <Dialog
        open={asking}
        onOpenChange={(open) => !busy && setAsking(open)}
        title={`Revise version ${version.version}?`}
        description={`A new draft is made from what version ${version.version} says. Version ${version.version} stays as it was signed, with its signatures, until every required team signs the new version.`}
      >
        <div className="row" style={{ justifyContent: 'flex-end', marginTop: 16 }}>
          <button className="btn" onClick={() => setAsking(false)} disabled={busy}>
            Cancel
          </button>
          <button className="btn btn-primary" onClick={() => void revise()} disabled={busy}>
            {busy ? 'Starting…' : 'Start a new draft'}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
