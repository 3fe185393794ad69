import { useState } from 'react';
import { useEditor } from '../../stores/editor';
import { isFrozen } from '../../../../shared/rules/frozen';
import { OpenBeforeSigning } from './OpenBeforeSigning';
import { AgreementSummary } from './summary/AgreementSummary';
import { SignerList } from './SignerList';
import { SigningPanel } from './SigningPanel';
import { ProvenanceNotice } from './ProvenanceNotice';
import { RulesNotice } from './RulesNotice';
import { useProvenance } from './useProvenance';
import './review.css';

/** Step 8: the whole agreement on one page, what is still open, and the signing in turn. */
export default function ReviewStep() {
  const version = useEditor((s) => s.version);
  // A new key after each signature remounts the panel: no name, consent or drawing carries over.
  const [round, setRound] = useState(0);
  const { provenance, sealer } = useProvenance(version);
  if (!version) return null;
  const frozen = isFrozen(version);
  const canSign = version.status === 'draft' || version.status === 'signing' || version.status === 'signed';
  const signingOpen = version.status === 'draft' || version.status === 'signing';
  const list = <SignerList version={version} />;
  const panel = canSign && (
    // Signing goes on after the first signature froze the content, so this stays live.
    <div data-keep-enabled className={signingOpen ? 'signing-first' : undefined}>
      <SigningPanel key={`${version.id}-${round}`} version={version} onSigned={() => setRound((r) => r + 1)} />
    </div>
  );
  return (
    <div className="review-layout">
      <div className="stack review-main">
        <ProvenanceNotice provenance={provenance} sealer={sealer} />
        <RulesNotice version={version} />
        {!frozen && version.previousVersionId && (
          <p className="alert alert-info">Draft version {version.version}: a revision of a signed version. Its signatures stay with the earlier version.</p>
        )}
        {/* Once every required team has signed, what was open is history: the banner says it is final. */}
        {(version.status === 'draft' || version.status === 'signing') && <OpenBeforeSigning />}
        <AgreementSummary version={version} />
      </div>
      <aside className="card stack review-aside" aria-label="Signing">
        {/* While signatures are still wanted the form comes first: at 720 px it is what the room needs on screen. */}
        {signingOpen ? (
          <>
            {panel}
            {list}
          </>
        ) : (
          <>
            {list}
            {panel}
          </>
        )}
      </aside>
    </div>
  );
}
