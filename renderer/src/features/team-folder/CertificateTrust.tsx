import { bridge } from '../../bridge';
import { unwrap } from '../../bridge/unwrap';
import type { TeamCertificate, TeamFolderStatus } from '../../../../shared/team-folder/status';
import { useBusyAction } from '../../ui/useBusyAction';

/** A fingerprint in groups of four, as people read it aloud to compare on the phone. */
export const groupedFingerprint = (fingerprint: string) => fingerprint.toUpperCase().match(/.{1,4}/g)!.join(' ');

/**
 * Whose seal: every laptop in the folder publishes its certificate. Compare a new one's
 * fingerprint with its owner (in person or by phone) before trusting it; until then its records
 * read "intact, sealed by an unconfirmed laptop".
 */
export function CertificateTrust({ certificates, onStatus }: { certificates: TeamCertificate[]; onStatus: (s: TeamFolderStatus) => void }) {
  const { busy, run } = useBusyAction();
  const set = (fingerprint: string, trusted: boolean) => run(async () => onStatus(unwrap(await bridge.trustTeamCertificate({ fingerprint, trusted }))));
  return (
    <div className="stack">
      <h3>Laptops that seal into this folder</h3>
      <p className="muted">Before you trust a laptop, read its fingerprint to its owner, in person or by phone, and check they see the same.</p>
      <ul className="tf-certs">
        {certificates.map((c) => (
          <li key={c.fingerprint} className="tf-cert">
            <div>
              <strong>{c.subject.replace(/^CN=/, '')}</strong>
              <code className="tf-fingerprint" aria-label={`Fingerprint ${groupedFingerprint(c.fingerprint)}`}>
                {groupedFingerprint(c.fingerprint)}
              </code>
            </div>
            {c.own ? (
              <span className="badge">This laptop</span>
            ) : c.trusted ? (
              <button className="btn btn-small" disabled={busy} onClick={() => set(c.fingerprint, false)} aria-label={`Stop trusting ${c.subject}`}>
                Trusted · stop trusting
              </button>
            ) : (
              <button className="btn btn-small btn-primary" disabled={busy} onClick={() => set(c.fingerprint, true)} aria-label={`Trust ${c.subject}: the fingerprint matches`}>
                Trust: the fingerprint matches
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
