import { useLiveQuery } from 'dexie-react-hooks';
import { countVersions, listRecentVersions, workshopForVersion } from '../../db/repositories/library';
import { createSampleWorkshop } from '../../db/repositories/workshops';
import { navigate } from '../../router';
import { notify } from '../../ui/toast';
import type { AgreementVersion } from '../../../../shared/model/agreement';

export function LibraryScreen() {
  const count = useLiveQuery(() => countVersions(), []);
  const versions = useLiveQuery(() => listRecentVersions(50), []);
  if (count === undefined || versions === undefined) return <p className="page muted">Opening the library…</p>;
  if (count === 0) return <FirstRun />;
  return (
    <div className="page stack">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1>Library</h1>
        <button className="btn btn-primary" onClick={() => navigate({ name: 'new-workshop' })}>
          New workshop
        </button>
      </div>
      <table className="data" aria-label="Agreements">
        <thead>
          <tr>
            <th>Organisation</th>
            <th>Title</th>
            <th>Quarter</th>
            <th>Version</th>
            <th>Status</th>
            <th>Updated</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <LibraryRow key={v.id} version={v} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LibraryRow({ version }: { version: AgreementVersion }) {
  const open = async () => {
    const workshop = await workshopForVersion(version.id);
    if (workshop) navigate({ name: 'workshop', workshopId: workshop.id, step: workshop.agenda.current });
    else notify.info('This version has no workshop attached.');
  };
  return (
    <tr>
      <td>
        <button className="btn btn-ghost btn-small" onClick={open} aria-label={`Open ${version.content.organisation} ${version.content.quarter} version ${version.version}`}>
          {version.content.organisation}
        </button>
      </td>
      <td>{version.content.title}</td>
      <td>{version.content.quarter}</td>
      <td>v{version.version}</td>
      <td>
        <span className={`badge badge-${version.status}`}>{version.status}</span>
      </td>
      <td className="muted">{new Date(version.updatedAt).toLocaleString()}</td>
    </tr>
  );
}

function FirstRun() {
  const openSample = async () => {
    try {
      const workshop = await createSampleWorkshop();
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
        </div>
      </div>
    </div>
  );
}
