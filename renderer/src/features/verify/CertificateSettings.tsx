import { useEffect, useId, useState } from 'react';
import type { CertificateInfo } from '../../../../shared/ipc/channels/pdf';
import { bridge } from '../../bridge';
import { Field } from '../../ui/Field';
import { notify } from '../../ui/toast';
import { useBusyAction } from '../../ui/useBusyAction';
import { userMessage } from '../../../../shared/ipc/user-message';
import { fileToBase64 } from './read-file';
import './verify.css';

const ORIGIN_TEXT: Record<CertificateInfo['origin'], string> = {
  'this-install': 'This installation’s own certificate (created on first use)',
  imported: 'Your organisation’s imported certificate',
  unknown: 'Unknown certificate',
};

/** Settings section: which certificate seals exported PDFs, and importing an organisation .p12. */
export function CertificateSettings() {
  const [info, setInfo] = useState<CertificateInfo | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { busy, run } = useBusyAction();
  const fileId = useId();

  useEffect(() => {
    void bridge.getCertificateInfo({}).then((r) => (r.ok ? setInfo(r.data) : setLoadError(r.error.message)));
  }, []);

  const importP12 = (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return setError('Choose a .p12 or .pfx file first.');
    setError(null);
    return run(
      async () => {
        const result = await bridge.importP12({ base64: await fileToBase64(file), password });
        if (!result.ok) return setError(result.error.message);
        setInfo(result.data);
        setPassword('');
        setFile(null);
        notify.success('Exported PDFs are now sealed with your organisation’s certificate.');
      },
      // Reading the chosen file can fail too (moved, unreadable): said where the main process's refusals are.
      { onError: (error) => setError(userMessage(error)) },
    );
  };

  return (
    <section className="card stack certificate-settings" aria-labelledby="seal-heading">
      <h2 id="seal-heading">Seal certificate</h2>
      <p className="muted">Signed agreements are sealed with this certificate when exported, so any PDF reader can tell whether the file was changed.</p>
      {loadError && <p className="alert alert-danger">{loadError}</p>}
      {info && (
        <dl className="verify-facts">
          <dt>In use</dt>
          <dd>{ORIGIN_TEXT[info.origin]}</dd>
          <dt>Subject</dt>
          <dd>{info.subject}</dd>
          <dt>Fingerprint (SHA-256)</dt>
          <dd>
            <code className="hash" data-testid="certificate-fingerprint">
              {info.fingerprint}
            </code>
          </dd>
          {info.validUntil && (
            <>
              <dt>Valid until</dt>
              <dd>{new Date(info.validUntil).toLocaleDateString()}</dd>
            </>
          )}
        </dl>
      )}
      <form className="stack" onSubmit={importP12} noValidate aria-label="Import an organisation certificate">
        <h3>Use your organisation’s certificate</h3>
        <div className="row" style={{ alignItems: 'flex-start' }}>
          <div className="field">
            <label htmlFor={fileId}>Certificate file (.p12 or .pfx)</label>
            <input id={fileId} type="file" accept=".p12,.pfx,application/x-pkcs12" onChange={(e) => (setFile(e.target.files?.[0] ?? null), setError(null))} />
          </div>
          <Field label="Password" error={error}>
            {(p) => <input {...p} type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} />}
          </Field>
        </div>
        <div>
          <button className="btn" type="submit" disabled={busy}>
            {busy ? 'Importing…' : 'Import certificate'}
          </button>
        </div>
      </form>
    </section>
  );
}
