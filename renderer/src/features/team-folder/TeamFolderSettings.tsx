import { useState, type FormEvent } from 'react';
import { bridge } from '../../bridge';
import { unwrap } from '../../bridge/unwrap';
import { notify } from '../../ui/toast';
import { useBusyAction } from '../../ui/useBusyAction';
import { CertificateTrust } from './CertificateTrust';
import { describeRecords, useTeamFolder } from './use-team-folder';
import './team-folder.css';

/**
 * Settings → Team library folder: a folder the company's own file sync shares (OneDrive,
 * SharePoint, Google Drive, Dropbox, Syncthing or a network share). Signed versions are written
 * into it as sealed PDFs and every laptop pointed at it reads them; drafts stay on this laptop.
 */
export function TeamFolderSettings() {
  const { status, setStatus, scan } = useTeamFolder();
  const { busy, run } = useBusyAction();
  const [path, setPath] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (!status) return null;

  const use = (next: string | null) =>
    run(
      async () => {
        setProblem(null);
        setStatus(unwrap(await bridge.setTeamFolder({ path: next })));
        if (next) {
          const indexed = await scan();
          notify.success(`Team folder set. ${indexed.imported} signed version${indexed.imported === 1 ? '' : 's'} added to your library from it.`);
        }
      },
      { onError: (error) => setProblem((error as Error).message) },
    );
  const choose = () =>
    run(async () => {
      const chosen = unwrap(await bridge.chooseTeamFolder({}));
      if (chosen) {
        setStatus(chosen);
        await scan();
      }
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    use(path.trim() || null);
  };

  return (
    <section className="card stack" aria-labelledby="team-folder-title">
      <h2 id="team-folder-title">Team library folder</h2>
      <p className="muted">
        Pick a folder your company’s file sync already shares (OneDrive or SharePoint, Google Drive, Dropbox, Syncthing, a network share). Every signed version is written into it as its sealed PDF, never overwritten; every laptop pointed at it sees the same agreements. Drafts stay on this laptop.
      </p>
      {status.folder ? (
        <>
          <p>
            Using <strong className="tf-path">{status.folder}</strong>
          </p>
          <p className="muted">{describeRecords(status)}</p>
          <div className="row">
            <button className="btn" disabled={busy} onClick={() => run(async () => void (await scan()))}>
              Read the folder now
            </button>
            <button className="btn btn-ghost" disabled={busy} onClick={() => use(null)}>
              Stop using this folder
            </button>
          </div>
          <CertificateTrust certificates={status.certificates} onStatus={setStatus} />
        </>
      ) : status.canChoose ? (
        <div className="row">
          <button className="btn btn-primary" disabled={busy} onClick={choose}>
            Choose a folder…
          </button>
        </div>
      ) : (
        <form className="stack" onSubmit={submit} noValidate>
          <div className="field" data-invalid={problem ? 'true' : undefined}>
            <label htmlFor="team-folder-path">Folder on this computer</label>
            <input id="team-folder-path" value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/me/OneDrive/Sales-Marketing SLA" aria-invalid={problem ? true : undefined} aria-describedby={problem ? 'team-folder-problem' : undefined} />
          </div>
          <div className="row">
            <button className="btn btn-primary" type="submit" disabled={busy}>
              Use this folder
            </button>
          </div>
        </form>
      )}
      {problem && (
        <p id="team-folder-problem" className="field-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
