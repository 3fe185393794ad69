import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import { archiveVersion, countVersions, deleteDraft, restoreDeletedDraft, type LibraryQuery } from '../../db/repositories/library';
import { navigate } from '../../router';
import { notify } from '../../ui/toast';
import { ArchiveDialog } from './ArchiveDialog';
import { FirstRun } from './FirstRun';
import { ImportExport } from './ImportExport';
import { LibraryFilters } from './LibraryFilters';
import { LibraryRow } from './LibraryRow';
import { EMPTY_QUERY, useLibraryPage } from './useLibraryPage';
import './library.css';

export function LibraryScreen() {
  const count = useLiveQuery(() => countVersions(), []);
  if (count === undefined) return <p className="page muted">Opening the library…</p>;
  if (count === 0) return <FirstRun />;
  return <Library count={count} />;
}

function Library({ count }: { count: number }) {
  const [query, setQuery] = useState<LibraryQuery>(EMPTY_QUERY);
  const [archiving, setArchiving] = useState<AgreementVersion | null>(null);
  const { page, reviewed } = useLibraryPage(query);
  const today = new Date().toISOString().slice(0, 10);

  const onDelete = async (version: AgreementVersion) => {
    try {
      const deleted = await deleteDraft(version.id);
      notify.undoable(`Deleted the draft ${version.content.organisation} ${version.content.quarter} v${version.version}.`, () => {
        void restoreDeletedDraft(deleted).then(
          () => notify.success('Draft restored.'),
          (e: Error) => notify.error(e.message),
        );
      });
    } catch (e) {
      notify.error((e as Error).message);
    }
  };
  const onArchive = async (version: AgreementVersion) => {
    setArchiving(null);
    try {
      await archiveVersion(version.id);
      notify.success(`Archived ${version.content.organisation} ${version.content.quarter} v${version.version}.`);
    } catch (e) {
      notify.error((e as Error).message);
    }
  };

  const from = query.page * query.pageSize;
  return (
    <div className="page stack">
      <div className="library-header">
        <h1>Library</h1>
        <div className="row">
          <ImportExport />
          <button className="btn" onClick={() => navigate({ name: 'backups' })}>
            Backups
          </button>
          <button className="btn btn-primary" onClick={() => navigate({ name: 'new-workshop' })}>
            New workshop
          </button>
        </div>
      </div>
      <LibraryFilters query={query} onChange={(patch) => setQuery((q) => ({ ...q, ...patch }))} />
      <table className="data library-table" aria-label="Agreements" aria-busy={page === undefined}>
        <thead>
          <tr>
            <th>Organisation</th>
            <th>Quarter</th>
            <th>Version</th>
            <th>Status</th>
            <th>Signers</th>
            <th>Next review</th>
            <th>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {page?.rows.map((v) => (
            <LibraryRow key={v.id} version={v} reviewed={reviewed.has(v.id)} today={today} onDelete={(x) => void onDelete(x)} onArchive={setArchiving} />
          ))}
        </tbody>
      </table>
      {page && page.rows.length === 0 && <p className="muted">No agreement matches these filters.</p>}
      {page && (
        <div className="library-pager">
          <span className="muted" data-testid="library-range" aria-live="polite">
            {page.rows.length === 0 ? 'No matches' : `Showing ${from + 1}–${from + page.rows.length}`}
            {page.total !== null ? ` of ${page.total.toLocaleString()}` : ''} · {count.toLocaleString()} versions stored
          </span>
          <div className="row">
            <button className="btn btn-small" disabled={query.page === 0} onClick={() => setQuery((q) => ({ ...q, page: q.page - 1 }))}>
              Previous page
            </button>
            <button className="btn btn-small" disabled={!page.hasMore} onClick={() => setQuery((q) => ({ ...q, page: q.page + 1 }))}>
              Next page
            </button>
          </div>
        </div>
      )}
      <ArchiveDialog version={archiving} onCancel={() => setArchiving(null)} onConfirm={(v) => void onArchive(v)} />
    </div>
  );
}
