import { useState } from 'react';
import { useEditor } from '../../stores/editor';
import { isFrozen } from '../../db/repositories/workshops';
import { OpenBeforeSigning } from './OpenBeforeSigning';
import { AgreementSummary } from './summary/AgreementSummary';
import { FrozenBanner } from './FrozenBanner';
import { SignerList } from './SignerList';
import { SigningPanel } from './SigningPanel';
import './review.css';

/** Step 8: the whole agreement on one page, what is still open, and the signing in turn. */
export default function ReviewStep() {
  const version = useEditor((s) => s.version);
  // A new key after each signature remounts the panel: no name, consent or drawing carries over.
  const [round, setRound] = useState(0);
  if (!version) return null;
  const frozen = isFrozen(version);
  const canSign = version.status === 'draft' || version.status === 'signing' || version.status === 'signed';
  return (
    <div className="review-layout">
      <div className="stack review-main">
        {frozen && <FrozenBanner version={version} />}
        {!frozen && version.previousVersionId && (
          <p className="alert alert-info">Draft version {version.version}: a revision of a signed version. Its signatures stay with the earlier version.</p>
        )}
        <OpenBeforeSigning />
        <AgreementSummary content={version.content} />
      </div>
      <aside className="card stack review-aside" aria-label="Signing">
        <SignerList version={version} />
        {canSign && <SigningPanel key={`${version.id}-${round}`} version={version} onSigned={() => setRound((r) => r + 1)} />}
      </aside>
    </div>
  );
}
