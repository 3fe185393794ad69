import { useMemo, useState } from 'react';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import { newId } from '../../../../shared/rules/ids';
import { addSignature } from '../../db/repositories/signing';
import { localTimeZone } from '../../db/repositories/audit';
import { useEditor } from '../../stores/editor';
import { Field } from '../../ui/Field';
import { notify } from '../../ui/toast';
import { useBusyAction } from '../../ui/useBusyAction';
import { SignatureCapture, type CaptureHandle } from '../signature/SignatureCapture';
import { CONSENT_STEPS, confirmBeforeSigning, openBeforeSigning } from '../../../../shared/rules/signing-readiness';
import { HashText } from './HashText';
import { SignAnywayDialog } from './SignAnywayDialog';
import { useSigningSession } from './useSigningSession';
import { witnessOnThisInstall } from './witness';
import { consentSentence } from '../../../../shared/present/consent';

/** The consent sentence, worded once in shared/present/consent.ts. */
export const consentText = consentSentence;

/**
 * One signer at a time: pick your name, read the version and its hash, consent, then draw or
 * type. The parent remounts this panel after every signature, so nothing carries over.
 */
export function SigningPanel({ version, onSigned }: { version: AgreementVersion; onSigned: () => void }) {
  const { session, problem } = useSigningSession(version);
  const [participantId, setParticipantId] = useState('');
  const [consentAt, setConsentAt] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { busy, run } = useBusyAction();
  const [asking, setAsking] = useState(false);
  const workshop = useEditor((s) => s.workshop);
  const stages = version.content.leadDefinition.stages;
  const open = useMemo(() => openBeforeSigning(workshop ?? { consents: [], parkingLot: [] }, CONSENT_STEPS, stages), [workshop, stages]);
  const capture = useMemo<CaptureHandle>(() => ({ capture: null }), []);
  const unsigned = version.content.participants.filter((p) => !version.signatures.some((s) => s.participantId === p.id));
  const signer = unsigned.find((p) => p.id === participantId);

  if (problem) return <p className="alert alert-warning">{problem}</p>;
  if (!session) return <p className="muted">Preparing the signing…</p>;
  if (unsigned.length === 0) return <p className="alert alert-info">Everyone in the participant list has signed.</p>;
  const hash = session.contentHash;

  const sign = async (confirmed = false) => {
    setError(null);
    if (!signer) return setError('Choose who is signing first.');
    if (!consentAt) return setError('Tick the consent to sign electronically first.');
    if (!confirmed && confirmBeforeSigning(version, open)) return setAsking(true);
    setAsking(false);
    // On success the parent remounts this panel (onSigned), so the button never comes back for the same signer.
    await run(async () => {
      const captured = await capture.capture!();
      const signed = await addSignature(version.id, {
        id: newId(),
        participantId: signer.id,
        name: signer.name,
        title: signer.title,
        team: signer.team,
        method: captured.method,
        image: captured.image,
        consentText: consentText(version.version, hash),
        consentAt,
        signedAt: new Date().toISOString(),
        timeZone: localTimeZone(),
        contentHash: hash,
      }, undefined, { witness: witnessOnThisInstall });
      useEditor.getState().replaceVersion(signed);
      notify.success(`${signer.name} signed version ${version.version}.${signed.status === 'signed' ? ' Every required team has signed.' : ''}`);
      if (signed.status === 'signed') {
        // Loaded only when a version completes: the team folder's code is not signing's.
        const { publishSignedVersion } = await import('../../db/repositories/team-folder');
        const said = await publishSignedVersion(signed).catch((error: Error) => `Not written into the team folder: ${error.message}`);
        if (said) notify.info(said);
      }
      onSigned();
    }, { onError: (failure) => setError((failure as Error).message) });
  };

  return (
    <section className="signing-panel stack" aria-labelledby="signing-heading">
      <h3 id="signing-heading">Sign in turn</h3>
      <div className="signing-meta">
        <span>
          Version <strong data-testid="signing-version">{version.version}</strong>
        </span>
        <span>
          Content SHA-256 <HashText hash={hash} />
        </span>
      </div>
      <Field label="Who is signing?">
        {(p) => (
          <select {...p} value={participantId} onChange={(e) => (setParticipantId(e.target.value), setConsentAt(null), setError(null))}>
            <option value="">Choose your name…</option>
            {unsigned.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name} — {person.team}
                {session.missing.includes(person.team) ? ' (required)' : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
      {signer && (
        <>
          <label className="consent">
            <input type="checkbox" checked={consentAt !== null} onChange={(e) => setConsentAt(e.target.checked ? new Date().toISOString() : null)} />
            <span>{consentText(version.version, hash)}</span>
          </label>
          {consentAt && <SignatureCapture key={signer.id} signerName={signer.name} handle={capture} onChange={() => setError(null)} />}
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div>
        <button className="btn btn-primary" onClick={() => void sign()} disabled={busy || !signer || !consentAt}>
          {busy ? 'Signing…' : signer ? `Sign as ${signer.name}` : 'Sign'}
        </button>
      </div>
      <SignAnywayDialog open={open} shown={asking} onGoBack={() => setAsking(false)} onSignAnyway={() => void sign(true)} />
    </section>
  );
}
