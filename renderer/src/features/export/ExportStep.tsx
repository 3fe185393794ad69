import { useState } from 'react';
import type { ExportedPdf } from '../../../../shared/ipc/channels/pdf';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { Team } from '../../../../shared/model/team';
import { describeTeams } from '../../../../shared/rules/signers';
import { exportReadiness } from '../../../../shared/rules/export-readiness';
import { exportPlan, UNVERIFIED_WATERMARK, type ExportPlan } from '../../../../shared/rules/provenance';
import { exportVersionPdf, SAVED_AS } from '../../db/repositories/pdf-export';
import { useEditor } from '../../stores/editor';
import { notify } from '../../ui/toast';
import { useBusyAction } from '../../ui/useBusyAction';
import { navigate } from '../../router';
import { useProvenance } from '../review/useProvenance';
import { sealerSentence } from '../review/ProvenanceNotice';
import './export.css';

const formatBytes = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(2)} MB`);

/** What each kind of file is called: on the button, in the saved-file card, in the audit trail. */
const WORDS: Record<ExportPlan, { heading: string; button: string; saved: string; seal: string }> = {
  seal: { heading: 'Sealed agreement', button: 'Export sealed PDF', saved: SAVED_AS.seal, seal: 'Sealed with a digital signature' },
  original: { heading: 'Original sealed PDF', button: 'Export original sealed PDF', saved: SAVED_AS.original, seal: 'The original seal, unchanged' },
  draft: { heading: 'Draft export', button: 'Export draft PDF', saved: SAVED_AS.draft, seal: 'Not sealed (draft)' },
  'unverified-copy': { heading: 'Imported, not verified', button: 'Export unverified copy', saved: SAVED_AS['unverified-copy'], seal: `Not sealed (marked ${UNVERIFIED_WATERMARK})` },
};

/**
 * Step 9: the PDF. A version signed on this install is sealed; one that came from a sealed PDF is
 * that PDF again; anything else is an unsealed copy, a DRAFT or an IMPORTED COPY — NOT VERIFIED.
 * The main process decides again when exporting; this screen says beforehand what it will be and why.
 */
export default function ExportStep() {
  const version = useEditor((s) => s.version);
  const { provenance, sealer, problem } = useProvenance(version);
  const { busy, run } = useBusyAction();
  const [saved, setSaved] = useState<ExportedPdf | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!version) return null;
  const readiness = exportReadiness(version);
  // Until the check answers, the plan is unknown for a signed version: the button waits rather than promise a seal.
  const plan: ExportPlan | null = provenance ? exportPlan(readiness, provenance) : problem ? (readiness.sealable ? null : 'draft') : null;

  const exportPdf = () => {
    setError(null);
    setSaved(null);
    return run(
      async () => {
        const file = await exportVersionPdf(version);
        if (!file) return notify.info('Export cancelled: no file was saved.');
        setSaved(file);
        notify.success(`${WORDS[file.copy].saved}.`);
      },
      { onError: (failure) => setError(`The PDF could not be exported: ${(failure as Error).message}`) },
    );
  };

  return (
    <div className="stack export-step" data-keep-enabled>
      <section className="card stack" aria-labelledby="export-heading">
        <h2 id="export-heading">{plan ? WORDS[plan].heading : 'Export'}</h2>
        <PlanExplanation plan={plan} version={version} missing={readiness.missing} sealer={sealer} problem={problem} />
        <div className="row">
          <button className="btn btn-primary" onClick={exportPdf} disabled={busy || plan === null} aria-describedby={busy ? 'export-progress' : undefined}>
            {busy ? 'Exporting…' : plan ? WORDS[plan].button : 'Checking the signatures…'}
          </button>
          {plan === 'unverified-copy' && (
            <button className="btn" onClick={() => navigate({ name: 'verify' })}>
              Open the original sealed PDF…
            </button>
          )}
          {busy && (
            <span id="export-progress" className="export-progress" role="status">
              <span className="spinner" aria-hidden="true" /> {plan === 'original' ? 'Checking the original seal…' : `Laying out, embedding${plan === 'seal' ? ' and sealing' : ''}…`}
            </span>
          )}
        </div>
        {error && (
          <p className="alert alert-danger" role="alert">
            {error}
          </p>
        )}
      </section>
      {saved && <SavedFile file={saved} />}
    </div>
  );
}

function PlanExplanation({ plan, version, missing, sealer, problem }: { plan: ExportPlan | null; version: AgreementVersion; missing: Team[]; sealer: ReturnType<typeof useProvenance>['sealer']; problem: string | null }) {
  if (plan === null) return <p className="muted">{problem ? `The signatures could not be checked: ${problem}` : 'Checking whether this computer can vouch for the signatures…'}</p>;
  switch (plan) {
    case 'seal':
      return (
        <p>
          Version {version.version} is signed by {version.signatures.length} people, on this computer. The PDF carries every signature, an audit page and the agreement as
          machine-readable JSON, and is sealed with a digital signature so any PDF reader shows if it was changed.
        </p>
      );
    case 'original':
      return (
        <p className="alert alert-info" data-testid="export-why">
          Version {version.version} came from a sealed PDF whose seal verified. Exporting saves that original file again, byte for byte, rather than a new one.{sealerSentence(sealer)}
        </p>
      );
    case 'unverified-copy':
      return (
        <div className="alert alert-warning stack" data-testid="export-why">
          <p>
            <strong>This version cannot be sealed.</strong> Its signatures were not captured on this computer, and no original sealed PDF of this version is kept here, so the
            app cannot tell whether the record was changed after signing: anyone can edit an agreement file and recompute its fingerprint.
          </p>
          <p>
            <strong>What to do:</strong> open the original sealed PDF you received (Verify a PDF checks its seal), and share that file; or import that PDF into the library
            instead of the agreement file, and this version will export as that original. Exporting here gives an unsealed copy marked “{UNVERIFIED_WATERMARK}”, for reading only.
          </p>
        </div>
      );
    default:
      return (
        <p className="alert alert-warning">
          This version is not fully signed{missing.length ? ` (still missing: ${describeTeams(missing)})` : ''}: it exports with a DRAFT
          watermark and no seal.
        </p>
      );
  }
}

function SavedFile({ file }: { file: ExportedPdf }) {
  return (
    <section className="card stack" aria-labelledby="saved-heading" data-testid="export-result">
      <h2 id="saved-heading">{WORDS[file.copy].saved}</h2>
      <dl className="export-facts">
        <dt>File</dt>
        <dd data-testid="export-path">{file.path}</dd>
        <dt>Size</dt>
        <dd>{formatBytes(file.bytes)}</dd>
        <dt>SHA-256</dt>
        <dd>
          <code className="hash" data-testid="export-sha256">
            {file.sha256}
          </code>
        </dd>
        <dt>Seal</dt>
        <dd>{WORDS[file.copy].seal}</dd>
      </dl>
      <p className="muted">The file&apos;s SHA-256 is recorded in the agreement&apos;s audit trail. Check any copy later under “Verify a PDF”.</p>
    </section>
  );
}
