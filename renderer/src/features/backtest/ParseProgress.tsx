import type { ImportPhase } from './use-backtest';

interface ParseProgressProps {
  fileName: string;
  phase: ImportPhase;
  onCancel(): void;
  onRetry(): void;
  onClose(): void;
}

const nf = new Intl.NumberFormat('en-US');

/** Step 3 of the import: the worker's progress, with Cancel; afterwards, a way back in. */
export function ParseProgress({ fileName, phase, onCancel, onRetry, onClose }: ParseProgressProps) {
  if (phase.phase === 'cancelled') {
    return (
      <div className="stack">
        <p className="alert alert-info" role="status">
          Import cancelled. The leads imported before (if any) are unchanged.
        </p>
        <div className="row bt-actions">
          <button type="button" className="btn" onClick={onClose}>
            Close
          </button>
          <button type="button" className="btn btn-primary" onClick={onRetry}>
            Import again
          </button>
        </div>
      </div>
    );
  }
  if (phase.phase === 'error') {
    return (
      <div className="stack">
        <p className="alert alert-danger" role="alert">
          {phase.message}
        </p>
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
    );
  }
  const fraction = phase.phase === 'parsing' ? phase.fraction : 0;
  const rows = phase.phase === 'parsing' ? phase.rows : 0;
  return (
    <div className="stack">
      <p>
        Reading <strong>{fileName}</strong> in the background…
      </p>
      <progress className="bt-progress" aria-label="Import progress" max={1} value={fraction} />
      <p className="muted" aria-live="polite">
        {Math.round(fraction * 100)} % · {nf.format(rows)} rows
      </p>
      <div className="row bt-actions">
        <button type="button" className="btn" onClick={onCancel} disabled={phase.phase === 'cancelling'}>
          {phase.phase === 'cancelling' ? 'Cancelling…' : 'Cancel import'}
        </button>
      </div>
    </div>
  );
}
