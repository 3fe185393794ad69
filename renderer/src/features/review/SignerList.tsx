import type { AgreementVersion } from '../../../../shared/model/agreement';
import { describeTeams, missingTeams, requiredTeams } from '../../../../shared/rules/signers';
import { isFrozen } from '../../../../shared/rules/frozen';
import { edit } from '../../stores/edit';

/** Everyone who may sign, who has signed, and which teams still must. */
export function SignerList({ version }: { version: AgreementVersion }) {
  const { content, signatures } = version;
  const required = requiredTeams(content);
  const missing = missingTeams(content, signatures);
  const toggleLeadership = (checked: boolean) => edit('leadershipSignatureRequired', () => checked);
  return (
    <section className="stack" aria-labelledby="signers-heading">
      <h3 id="signers-heading">Signers</h3>
      <p className="muted">
        {missing.length === 0
          ? 'Every required team has signed.'
          : `Required: at least one signer from ${describeTeams(required)}. Still missing: ${describeTeams(missing)}.`}
      </p>
      <ul className="signer-list" aria-label="Signers">
        {content.participants.map((p) => {
          const signature = signatures.find((s) => s.participantId === p.id);
          const teamRequired = required.includes(p.team);
          return (
            <li key={p.id} data-signed={Boolean(signature)}>
              <span className="signer-who">
                <span className="signer-name">{p.name}</span>
                <span className="signer-team">
                  <span className={`team-${p.team}`}>{p.team}</span>
                  {teamRequired && <span className="muted"> · required team</span>}
                </span>
              </span>
              {signature ? (
                <span className="signer-done">
                  <img className="signer-image" src={signature.image} alt={`Signature of ${p.name}`} />
                  <span className="badge badge-signed" title={`Signed ${new Date(signature.signedAt).toLocaleString()} (${signature.timeZone})`}>
                    ✓ signed {signature.method === 'drawn' ? '(drawn)' : '(typed)'}
                  </span>
                </span>
              ) : (
                <span className="badge">not signed</span>
              )}
            </li>
          );
        })}
      </ul>
      <label className="row" style={{ gap: 'var(--space-2)' }}>
        <input type="checkbox" checked={content.leadershipSignatureRequired} disabled={isFrozen(version)} onChange={(e) => toggleLeadership(e.target.checked)} />
        Require a Leadership signature as well
      </label>
    </section>
  );
}
