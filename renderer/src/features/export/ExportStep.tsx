import { useState } from 'react';
import type { ExportedPdf } from '../../../../shared/ipc/channels/pdf';
import { describeTeams } from '../../../../shared/rules/signers';
import { exportReadiness } from '../../../../shared/rules/export-readiness';
import { bridge } from '../../bridge';
import { loadAuditChain, recordAuditEvent } from '../../db/repositories/audit';
import { db } from '../../db/database';
import { useEditor } from '../../stores/editor';
import { notify } from '../../ui/toast';
import './export.css';

const formatBytes = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(2)} MB`);

/** Step 9: the PDF. Signed versions are sealed; anything else is a watermarked draft. */
export default function ExportStep() {
  const version = useEditor((s) => s.version);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<ExportedPdf | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!version) return null;
  const { sealable, missing } = exportReadiness(version);

  const exportPdf = async () => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const auditEvents = await loadAuditChain(version.agreementId);
      const result = await bridge.exportPdf({ version, auditEvents });
      if (!result.ok) throw new Error(result.error.message);
      if (!result.data) return notify.info('Export cancelled: no file was saved.');
      const file = result.data;
      await recordAuditEvent(db, {
        agreementId: version.agreementId,
        versionId: version.id,
        kind: 'exported',
        actor: version.content.facilitator || 'Facilitator',
        detail: `${file.sealed ? 'Sealed' : 'Draft'} PDF saved (${file.bytes} bytes), SHA-256 ${file.sha256}`,
      });
      setSaved(file);
      notify.success(file.sealed ? 'Sealed PDF saved.' : 'Draft PDF saved.');
    } catch (failure) {
      setError(`The PDF could not be exported: ${(failure as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack export-step" data-keep-enabled>
      <section className="card stack" aria-labelledby="export-heading">
        <h2 id="export-heading">{sealable ? 'Sealed agreement' : 'Draft export'}</h2>
        {sealable ? (
          <p>
            Version {version.version} is signed by {version.signatures.length} people. The PDF carries every signature, an audit page and the agreement as machine-readable
            JSON, and is sealed with a digital signature so any PDF reader shows if it was changed.
          </p>
        ) : (
          <p className="alert alert-warning">
            This version is not fully signed{missing.length ? ` (still missing: ${describeTeams(missing)})` : ''}: it exports with a DRAFT watermark and no seal.
          </p>
        )}
        <div className="row">
          <button className="btn btn-primary" onClick={exportPdf} disabled={busy} aria-describedby={busy ? 'export-progress' : undefined}>
            {busy ? 'Exporting…' : sealable ? 'Export sealed PDF' : 'Export draft PDF'}
          </button>
          {busy && (
            <span id="export-progress" className="export-progress" role="status">
              <span className="spinner" aria-hidden="true" /> Laying out, embedding{sealable ? ' and sealing' : ''}…
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

function SavedFile({ file }: { file: ExportedPdf }) {
  return (
    <section className="card stack" aria-labelledby="saved-heading" data-testid="export-result">
      <h2 id="saved-heading">{file.sealed ? 'Sealed PDF saved' : 'Draft PDF saved'}</h2>
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
        <dd>{file.sealed ? 'Sealed with a digital signature' : 'Not sealed (draft)'}</dd>
      </dl>
      <p className="muted">The file&apos;s SHA-256 is recorded in the agreement&apos;s audit trail. Check any copy later under “Verify a PDF”.</p>
    </section>
  );
}
