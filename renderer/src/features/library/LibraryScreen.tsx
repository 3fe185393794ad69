import { useEditor } from '../../stores/editor';
import { lazy, Suspense, useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { LibraryEntry } from '../../db/database';
import type { LibraryPage, LibraryQuery } from '../../db/repositories/library';
import { libraryLive, useLive } from './use-library-live';
import { navigate } from '../../router';
import { notify } from '../../ui/toast';
import { FirstRun } from './FirstRun';
import { ImportExport } from './ImportExport';
import { LibraryFilters } from './LibraryFilters';
import { LibraryRow } from './LibraryRow';
import { EMPTY_QUERY, isDefaultView, useLibraryPage, usePageIntegrity, usePageProvenance } from './useLibraryPage';
import { forgetFirstRead, useFirstRead, type FirstRead } from './first-read';
import { saveLaunchPage } from './launch-snapshot';
import './library.css';

// The dialog (and Radix with it) loads the first time someone archives, not at start-up.
const ArchiveDialog = lazy(async () => ({ default: (await import('./ArchiveDialog')).ArchiveDialog }));
// Loaded after the first screen: the folder's reading and indexing (zod, the import) are not start-up work.
const TeamFolderPanel = lazy(async () => ({ default: (await import('../team-folder/TeamFolderPanel')).TeamFolderPanel }));

/**
 * The first page is read at launch (see first-read.ts), so a full library shows its first rows
 * after a single index read; the count and the page's total follow.
 */
export function LibraryScreen() {
  const first = useFirstRead();
  if (first === 'pending') return <p className="page muted">Opening the library…</p>;
  return <LiveLibrary first={first} />;
}

/** Mounted once the launch read (if any) is done, so it seeds the live queries' first values. */
function LiveLibrary({ first: launched }: { first: FirstRead | null }) {
  // Kept from the mount: the launch read is forgotten right after (forgetFirstRead), and the
  // screen must go on showing it until the count comes in, not fall back to "Opening…".
  const [first] = useState(launched);
  const count = useLive((live) => live.watchCount(), []);
  const [query, setQuery] = useState<LibraryQuery>(EMPTY_QUERY);
  const { page, reviewed } = useLibraryPage(query, first ?? undefined);
  useEffect(forgetFirstRead, []);
  useEffect(() => {
    // What the default view shows from the database is remembered for the next launch.
    if (page && page !== first?.page && isDefaultView(query)) saveLaunchPage(page, reviewed);
  }, [page, reviewed, query, first]);
  // Counting 10,000 rows takes a while in Chromium; until it is in, the launch page tells whether the library is empty.
  const empty = count !== undefined ? count === 0 : first ? first.page.rows.length === 0 : undefined;
  if (empty === undefined) return <p className="page muted">Opening the library…</p>;
  if (empty) return <FirstRun />;
  return <Library count={count} query={query} setQuery={setQuery} page={page} reviewed={reviewed} />;
}

interface LibraryProps {
  /** Undefined while it is being counted. */
  count: number | undefined;
  query: LibraryQuery;
  setQuery: Dispatch<SetStateAction<LibraryQuery>>;
  page: LibraryPage | undefined;
  reviewed: Set<string>;
}

function Library({ count, query, setQuery, page, reviewed }: LibraryProps) {
  const [archiving, setArchiving] = useState<LibraryEntry | null>(null);
  const problems = usePageIntegrity(page);
  const provenance = usePageProvenance(page);
  const today = new Date().toISOString().slice(0, 10);

  const onDelete = async (version: LibraryEntry) => {
    try {
      // Deleting records an audit event (hashing, validation): that code loads on first use, not at start-up.
      const { deleteDraft, restoreDeletedDraft } = await import('../../db/repositories/drafts');
      const deleted = await deleteDraft(version.versionId);
      if (useEditor.getState().version?.id === version.versionId) useEditor.getState().close();
      notify.undoable(`Deleted the draft ${version.organisation} ${version.quarter} v${version.version}.`, () => {
        void restoreDeletedDraft(deleted).then(
          () => notify.success('Draft restored.'),
          (e: Error) => notify.error(e.message),
        );
      });
    } catch (e) {
      notify.error((e as Error).message);
    }
  };
  const onArchive = async (version: LibraryEntry) => {
    setArchiving(null);
    try {
      await (await libraryLive()).archiveVersion(version.versionId);
      notify.success(`Archived ${version.organisation} ${version.quarter} v${version.version}.`);
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
      <LibraryFilters ready={page !== undefined} query={query} onChange={(patch) => setQuery((q) => ({ ...q, ...patch }))} />
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
            <LibraryRow key={v.versionId} version={v} reviewed={reviewed.has(v.versionId)} problems={problems?.get(v.versionId)} provenance={provenance?.get(v.versionId)} today={today} onDelete={(x) => void onDelete(x)} onArchive={setArchiving} />
          ))}
        </tbody>
      </table>
      {page && page.rows.length === 0 && <p className="muted">No agreement matches these filters.</p>}
      {page && (
        <div className="library-pager">
          <span className="muted" data-testid="library-range" aria-live="polite">
            {page.rows.length === 0 ? 'No matches' : `Showing ${from + 1}–${from + page.rows.length}`}
            {page.total !== null ? ` of ${page.total.toLocaleString()}` : ''}{count !== undefined && ` · ${count.toLocaleString()} ${count === 1 ? 'version' : 'versions'} stored`}
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
      <Suspense fallback={null}>
        <TeamFolderPanel />
      </Suspense>
      {archiving && (
        <Suspense fallback={null}>
          <ArchiveDialog version={archiving} onCancel={() => setArchiving(null)} onConfirm={(v) => void onArchive(v)} />
        </Suspense>
      )}
    </div>
  );
}
