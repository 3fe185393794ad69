import { useEffect, useState } from 'react';
import type { FolderRecordStatus, TeamFolderRecord } from '../../../../shared/team-folder/status';
import { bridge } from '../../bridge';
import { publishLibraryToTeamFolder } from '../../db/repositories/team-folder';
import { notify } from '../../ui/toast';
import { useBusyAction } from '../../ui/useBusyAction';
import { formatDateTime } from '../../ui/dates';
import { describeRecords, useTeamFolder } from './use-team-folder';
import './team-folder.css';

const WORDS: Record<FolderRecordStatus, string> = {
  verified: 'Verified',
  unconfirmed: 'Intact, sealed by an unconfirmed laptop',
  tampered: 'Tampered: not used',
  incomplete: 'Still arriving',
  duplicate: 'Conflict copy (same record)',
  removed: 'Removed from the folder (kept here)',
};
const BADGE: Record<FolderRecordStatus, string> = { verified: 'badge-signed', unconfirmed: 'badge-draft', tampered: 'badge-danger', incomplete: '', duplicate: '', removed: '' };

/**
 * The library's view of the team folder: read it (new signed versions join the library), see
 * each file's state, which laptop sealed it and when it arrived here, and publish this library
 * into it once. Shown only when a folder is set (Settings).
 */
export function TeamFolderPanel() {
  const { status, scan, scanning } = useTeamFolder();
  const { busy, label, run } = useBusyAction();
  const [progress, setProgress] = useState<string | null>(null);
  const folder = status?.folder;
  useEffect(() => {
    if (!folder) return;
    // Read on open (unchanged files are not read again: the main process keeps an index), then
    // again whenever the sync engine changes the folder, while the library is on screen.
    let stopped = false;
    void (async () => {
      let after = 0;
      await scan().catch(() => undefined);
      while (!stopped) {
        const changed = await bridge.watchTeamFolder({ after });
        if (stopped || !changed.ok) return;
        if (changed.data.revision === after) continue;
        after = changed.data.revision;
        const indexed = await scan().catch(() => null);
        if (indexed?.imported) notify.success(`${indexed.imported} new signed version${indexed.imported === 1 ? '' : 's'} arrived in the team folder.`);
      }
    })();
    return () => {
      stopped = true;
    };
  }, [folder, scan]);
  if (!status?.folder) return null;
  const read = () =>
    run(
      async () => {
        const indexed = await scan();
        notify.success(indexed.imported ? `${indexed.imported} new signed version${indexed.imported === 1 ? '' : 's'} from the team folder.` : 'The team folder has nothing new.');
        for (const refused of indexed.refused) notify.error(`${refused.path}: ${refused.message}`);
      },
      { label: 'Reading the folder…' },
    );
  const publish = () =>
    run(
      async () => {
        const done = await publishLibraryToTeamFolder(undefined, (n, total) => setProgress(`${n} of ${total}`));
        setProgress(null);
        notify.success(`Published ${done.written} signed version${done.written === 1 ? '' : 's'} (${done.alreadyThere} already there).`);
        if (done.skipped.length) notify.error(`${done.skipped.length} not published: ${done.skipped[0].name}: ${done.skipped[0].message}`);
      },
      { label: 'Publishing…' },
    );
  const shown = status.records.filter((r) => r.agreementId);
  return (
    <section className="card stack" aria-labelledby="tf-panel-title">
      <h2 id="tf-panel-title">Team folder</h2>
      <p className="muted">
        {status.folder} · {describeRecords(status)}
      </p>
      <div className="row">
        <button className="btn" disabled={busy} onClick={read}>
          Read the folder now
        </button>
        <button className="btn" disabled={busy} onClick={publish}>
          Publish this library’s signed versions
        </button>
        {busy && (
          <span role="status" className="muted">
            {label} {progress}
          </span>
        )}
      </div>
      {scanning && <ScanProgress />}
      {shown.length > 0 && (
        <table className="tf-records">
          <caption className="sr-only">Files in the team folder</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">State</th>
              <th scope="col">Sealed by</th>
              <th scope="col">Arrived here</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, 50).map((r) => (
              <RecordRow key={r.path} record={r} />
            ))}
          </tbody>
        </table>
      )}
      {shown.length > 50 && <p className="muted">The first 50 of {shown.length.toLocaleString()} files; search the library for the rest.</p>}
    </section>
  );
}

function RecordRow({ record }: { record: TeamFolderRecord }) {
  return (
    <tr data-status={record.status}>
      <th scope="row" title={record.path}>
        {record.label ?? record.path} · v{record.version}
      </th>
      <td>
        <span className={`badge ${BADGE[record.status]}`}>{WORDS[record.status]}</span>
        {record.note && record.status !== 'unconfirmed' && <div className="muted">{record.note}</div>}
      </td>
      <td>{record.sealedBy?.replace(/^CN=/, '') ?? '—'}</td>
      <td>{formatDateTime(record.seenAt)}</td>
    </tr>
  );
}

/** While the folder is read (a first read of a large folder takes a while): how far, and a way to stop. */
function ScanProgress() {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    const timer = setInterval(() => void bridge.getTeamFolder({}).then((r) => r.ok && setProgress(r.data.progress)), 500);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className="row" role="status">
      <progress max={Math.max(progress?.total ?? 1, 1)} value={progress?.done ?? 0} aria-label="Reading the team folder" />
      <span className="muted">{progress?.total ? `Reading ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} files` : 'Reading the team folder…'}</span>
      <button className="btn btn-small" onClick={() => void bridge.cancelTeamFolderScan({})}>
        Stop reading
      </button>
    </div>
  );
}
