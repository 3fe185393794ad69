import './backups.css';
import type { BackupProgress } from '../../db/repositories/backup';

const nf = new Intl.NumberFormat('en-US');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** What each step of a backup or restore is called, and how its amount reads. */
const PHASES: Record<BackupProgress['phase'], { words: string; amount: (done: number, total: number) => string }> = {
  reading: { words: 'reading the library', amount: (d, t) => `${nf.format(d)} of ${nf.format(t)} records` },
  saving: { words: 'writing the backup file', amount: (d, t) => `${mb(d)} of ${mb(t)}` },
  loading: { words: 'reading the backup file', amount: (d, t) => `${mb(d)} of ${mb(t)}` },
  checking: { words: 'checking every record of the backup', amount: (d, t) => `${nf.format(d)} of ${nf.format(t)} records` },
  replacing: { words: 'replacing the library', amount: (_d, t) => `${nf.format(t)} versions` },
};

/**
 * Progress of a long backup or restore. Only the step is announced (once per step); the moving
 * figures are shown, not read out, so a screen reader is not flooded.
 */
export function BackupProgressBar({ label, progress }: { label: string; progress: BackupProgress | null }) {
  const phase = progress ? PHASES[progress.phase] : null;
  const fraction = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  return (
    <div className="stack backup-progress">
      <p role="status">
        {label}
        {phase ? `: ${phase.words}…` : '…'}
      </p>
      <progress aria-label={`${label} progress`} max={1} value={progress && progress.phase !== 'replacing' ? fraction : undefined} />
      {progress && phase && (
        <p className="muted" data-testid="backup-progress-amount">
          {phase.amount(progress.done, progress.total)}
        </p>
      )}
    </div>
  );
}
