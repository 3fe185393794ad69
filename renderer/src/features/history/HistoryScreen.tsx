import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { versionsOfAgreement } from '../../db/repositories/library';
import { navigate } from '../../router';
import { defaultComparison } from '../../../../shared/rules/compare-default';
import { DiffView } from './DiffView';
import { VersionPicker } from './VersionPicker';
import './history.css';

/** An agreement's chain of versions and a side-by-side diff of any two of them. */
export function HistoryScreen({ agreementId }: { agreementId: string }) {
  const versions = useLiveQuery(() => versionsOfAgreement(agreementId), [agreementId]);
  const [beforeId, setBeforeId] = useState('');
  const [afterId, setAfterId] = useState('');
  useEffect(() => {
    // Start on what changed since the team last signed (shared/rules/compare-default.ts).
    const start = versions && !(beforeId && afterId) ? defaultComparison(versions) : null;
    if (!start) return;
    setAfterId(start.afterId);
    setBeforeId(start.beforeId);
  }, [versions, beforeId, afterId]);
  if (versions === undefined) return <p className="page muted">Loading the history…</p>;
  if (versions.length === 0) return <p className="page">This agreement is not in the library.</p>;
  const first = versions[0]!;
  const before = versions.find((v) => v.id === beforeId);
  const after = versions.find((v) => v.id === afterId);
  return (
    <div className="page stack">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1>{first.content.organisation} — version history</h1>
        <button className="btn" onClick={() => navigate({ name: 'library' })}>
          Back to the library
        </button>
      </div>
      <ol className="history-chain" aria-label="Versions, oldest first">
        {versions.map((v) => (
          <li key={v.id} data-selected={v.id === beforeId || v.id === afterId}>
            <strong>v{v.version}</strong>
            <span>{v.content.quarter}</span>
            <span className={`badge badge-${v.status}`}>{v.status}</span>
            {v.status !== 'draft' && v.status !== 'signing' && (
              <button className="btn btn-small btn-ghost" onClick={() => navigate({ name: 'review', versionId: v.id })} aria-label={`Quarterly review of v${v.version}`}>
                Review
              </button>
            )}
          </li>
        ))}
      </ol>
      {versions.length < 2 ? (
        <p className="muted">Only one version so far: start next quarter from its review to get a second one to compare.</p>
      ) : (
        <>
          <div className="history-pickers">
            <VersionPicker id="diff-before" label="Compare" versions={versions} value={beforeId} onChange={setBeforeId} />
            <VersionPicker id="diff-after" label="with" versions={versions} value={afterId} onChange={setAfterId} />
          </div>
          {before && after && <DiffView before={before} after={after} />}
        </>
      )}
    </div>
  );
}
