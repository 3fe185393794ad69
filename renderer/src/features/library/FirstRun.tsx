import { navigate } from '../../router';
import { notify } from '../../ui/toast';
import { ImportExport } from './ImportExport';
import './library.css';

/** The empty library: start a workshop, open the sample, or bring an existing library in. */
export function FirstRun() {
  const openSample = async () => {
    try {
      // Loaded on click: the workshop code and templates are not needed to show this screen.
      const { openSampleWorkshop } = await import('./open-sample');
      const workshop = await openSampleWorkshop();
      navigate({ name: 'workshop', workshopId: workshop.id, step: 'participants' });
    } catch (error) {
      notify.error((error as Error).message);
    }
  };
  return (
    <div className="page">
      <div className="empty-state card">
        <svg width="72" height="72" viewBox="0 0 32 32" aria-hidden="true">
          <circle cx="12" cy="16" r="9" fill="var(--marketing)" opacity="0.85" />
          <circle cx="20" cy="16" r="9" fill="var(--sales)" opacity="0.85" />
        </svg>
        <h1>Find common ground</h1>
        <p className="muted" style={{ maxWidth: 560 }}>
          Run a workshop in which marketing and sales agree what a good lead is, how to score it, the goals they share and what each side
          promises — then sign it together and export a sealed PDF. Everything stays on this laptop.
        </p>
        <div className="row" style={{ justifyContent: 'center' }}>
          <button className="btn btn-primary" onClick={() => navigate({ name: 'new-workshop' })}>
            New workshop
          </button>
          <button className="btn" onClick={openSample}>
            Open a sample workshop
          </button>
          <button className="btn btn-ghost" onClick={() => navigate({ name: 'backups' })}>
            Restore a backup
          </button>
        </div>
        <ImportExport libraryEmpty />
      </div>
    </div>
  );
}
