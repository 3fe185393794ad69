import type { PdfVerifyReport } from '../../../../shared/ipc/channels/pdf';
import { trustVerdict } from '../../../../shared/rules/pdf-trust';

const ORIGIN: Record<string, string> = {
  'this-install': 'this installation’s own seal',
  imported: 'your organisation’s imported certificate',
  unknown: 'an unknown certificate (not from this installation)',
};

function Check({ ok, label, detail }: { ok: boolean; label: string; detail: string }) {
  return (
    <li className={`check ${ok ? 'check-ok' : 'check-bad'}`}>
      <span className="check-mark" aria-hidden="true">
        {ok ? '✓' : '✗'}
      </span>
      <span>
        <strong>{label}</strong> <span className="muted">{detail}</span>
      </span>
    </li>
  );
}

/** Plain answers first (trust it or not), then the facts behind them. */
export function VerifyReport({ report, fileName }: { report: PdfVerifyReport; fileName: string }) {
  const verdict = trustVerdict(report);
  const trusted = verdict === 'trusted';
  const agreement = report.agreement?.version;
  return (
    <section className="card stack" aria-label="Verification report" data-testid="verify-report">
      <p className={`verdict ${trusted ? 'verdict-ok' : 'verdict-bad'}`} role="status">
        {trusted
          ? `${fileName}: the seal is intact and covers the whole file.`
          : verdict === 'unknown-sealer'
            ? `${fileName}: the seal is intact, but it was made with a certificate this app does not know. Compare its fingerprint with the sender's before trusting it.`
            : `${fileName}: do not trust this file as it is.`}
      </p>
      <ul className="checks">
        <Check ok={report.sealed} label={report.sealed ? 'Sealed' : 'Not sealed'} detail={report.sealed ? 'The file carries a digital signature.' : 'Drafts are exported without a seal.'} />
        {report.sealed && <Check ok={report.intact} label={report.intact ? 'Seal intact' : 'Seal broken'} detail={report.intact ? 'No signed byte has changed.' : 'Bytes changed after sealing.'} />}
        {report.sealed && (
          <Check
            ok={report.coversWholeFile}
            label={report.coversWholeFile ? 'Covers the whole file' : 'Something was added after sealing'}
            detail={report.coversWholeFile ? 'Nothing was appended after the seal.' : 'An edit was appended after the seal: treat this as tampering.'}
          />
        )}
        <Check
          ok={report.hashMatches}
          label={report.hashMatches ? 'Agreement hash matches' : 'Agreement hash does not match'}
          detail={agreement ? `The embedded agreement hashes to ${agreement.contentHash ?? 'no hash (draft)'}.` : 'No embedded agreement was found.'}
        />
      </ul>
      {report.problems.length > 0 && (
        <ul className="alert alert-danger problems" aria-label="Problems">
          {report.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <dl className="verify-facts">
        {report.certificate && (
          <>
            <dt>Certificate</dt>
            <dd>
              {report.certificate.subject} — {ORIGIN[report.certificate.origin] ?? report.certificate.origin}
            </dd>
            <dt>Fingerprint</dt>
            <dd>
              <code className="hash">{report.certificate.fingerprint}</code>
            </dd>
          </>
        )}
        {report.sealedAt && (
          <>
            <dt>Sealed at</dt>
            <dd>{new Date(report.sealedAt).toLocaleString()}</dd>
          </>
        )}
        {agreement && (
          <>
            <dt>Agreement</dt>
            <dd>
              {agreement.content.organisation} · {agreement.content.quarter} · version {agreement.version} ({agreement.status})
            </dd>
          </>
        )}
      </dl>
      {report.signers.length > 0 && (
        <table className="data" aria-label="Signers">
          <thead>
            <tr>
              <th>Signer</th>
              <th>Team</th>
              <th>Signed</th>
              <th>How</th>
            </tr>
          </thead>
          <tbody>
            {report.signers.map((s) => (
              <tr key={`${s.name}-${s.signedAt}`}>
                <td>
                  {s.name}
                  {s.title && <span className="muted"> · {s.title}</span>}
                </td>
                <td className={`team-${s.team}`}>{s.team}</td>
                <td>
                  {new Date(s.signedAt).toISOString().replace('T', ' ').slice(0, 19)} UTC {s.timeZone !== 'UTC' && <span className="muted">({s.timeZone})</span>}
                </td>
                <td>{s.method}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
