import { useEditor } from '../../stores/editor';
import { forgetLaunchPage } from '../library/launch-snapshot';
import { useCallback, useEffect, useState } from 'react';
import type { BackupContents, BackupInfo } from '../../../../shared/ipc/channels/backups';
import { formatDateTime } from '../../ui/dates';
import { createBackup, listBackups, restoreNamedBackup, type BackupProgress } from '../../db/repositories/backup';
import { Dialog } from '../../ui/Dialog';
import { notify } from '../../ui/toast';
import { DailyBackupsStatus } from './DailyBackupsStatus';
import { BackupProgressBar } from './BackupProgressBar';
import { useBusyAction } from '../../ui/useBusyAction';
import { userMessage } from '../../../../shared/ipc/user-message';

const REASON: Record<BackupInfo['reason'], string> = {
  daily: 'Daily',
  manual: 'Made by hand',
  'before-upgrade': 'Before an app upgrade',
  'before-restore': 'Before a restore',
};

const count = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
/** What a backup holds, from its header: "1,204 versions, 36 workshops". */
const holds = (contents: BackupContents | null) => (contents ? `${count(contents.versions, 'version')}, ${count(contents.workshops, 'workshop')}` : 'Not readable');
const size = (bytes: number) => (bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** The rotating backups the app keeps in its data folder, and restoring one after a confirmation. */
export function BackupsScreen() {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { label: busy, run } = useBusyAction();
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [progress, setProgress] = useState<BackupProgress | null>(null);

  const refresh = useCallback(() => {
    listBackups().then(setBackups, (e: unknown) => setError(userMessage(e)));
  }, []);
  useEffect(refresh, [refresh]);

  // The progress bar shows only while an action runs; each action starts from an empty one.
  const backUpNow = () => {
    setError(null);
    setProgress(null);
    return run(
      async () => {
        const made = await createBackup('manual', undefined, setProgress);
        notify.success(`Backup saved (${size(made.bytes)}).`);
        refresh();
      },
      { label: 'Backing up', onError: (e) => notify.error(`The backup failed: ${userMessage(e)}`) },
    );
  };
  const restore = (backup: BackupInfo) => {
    setConfirming(null);
    setError(null);
    setProgress(null);
    return run(
      async () => {
        const { versions } = await restoreNamedBackup(backup.name, undefined, setProgress);
        // The open workshop holds pre-restore data: drop it so autosave cannot write it back.
        useEditor.getState().close();
        // The library page remembered for the next launch is the old library's.
        forgetLaunchPage();
        notify.success(`Restored the backup of ${formatDateTime(backup.createdAt)}: ${versions.toLocaleString()} versions.`);
        refresh();
      },
      { label: 'Restoring', onError: (e) => setError(`The restore failed and your current data is unchanged. ${userMessage(e)}`) },
    );
  };

  return (
    <div className="page stack">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1>Backups</h1>
        <button className="btn btn-primary" disabled={busy !== null} onClick={() => void backUpNow()}>
          Back up now
        </button>
      </div>
      <p className="muted">
        The whole library is backed up once a day while daily backups are on, and whenever you choose; the newest 14 of these are kept in the app’s data
        folder (see Settings). The copies taken before an upgrade or a restore are kept apart (the newest 5), so they never push out a daily backup.
      </p>
      <DailyBackupsStatus />
      {busy && <BackupProgressBar label={busy} progress={progress} />}
      {error && (
        <div className="alert alert-danger" role="alert">
          {error}
        </div>
      )}
      {backups && backups.length === 0 && <p>No backups yet.</p>}
      {backups && backups.length > 0 && (
        <table className="data" aria-label="Backups">
          <thead>
            <tr>
              <th>Made</th>
              <th>Why</th>
              <th>Holds</th>
              <th>Size</th>
              <th>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name} data-testid="backup-row">
                <td>{formatDateTime(b.createdAt)}</td>
                <td>{REASON[b.reason]}</td>
                <td>{holds(b.contents)}</td>
                <td>{size(b.bytes)}</td>
                <td style={{ textAlign: 'right' }}>
                  <button className="btn btn-small" disabled={busy !== null} onClick={() => setConfirming(b)} aria-label={`Restore the backup made ${formatDateTime(b.createdAt)}`}>
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Dialog
        open={confirming !== null}
        onOpenChange={(open) => !open && setConfirming(null)}
        title="Restore this backup?"
        description="Everything in the library is replaced by the backup. What is there now is backed up first, and if the backup cannot be read nothing changes."
      >
        <div className="row" style={{ justifyContent: 'flex-end', marginTop: 16 }}>
          <button className="btn" onClick={() => setConfirming(null)}>
            Cancel
          </button>
          <button className="btn btn-primary" onClick={() => confirming && void restore(confirming)}>
            Replace the library with this backup
          </button>
        </div>
      </Dialog>
    </div>
  );
}
