import type { VersionStatus } from '../../../../shared/model/agreement';
import type { LibraryQuery, LibrarySort } from '../../db/repositories/library';
import { useLive } from './use-library-live';

const SORTS: { value: LibrarySort; label: string }[] = [
  { value: 'updated-desc', label: 'Newest first' },
  { value: 'updated-asc', label: 'Oldest first' },
  { value: 'organisation', label: 'Organisation A–Z' },
  { value: 'quarter-desc', label: 'Latest quarter first' },
];

/** Every status, in lifecycle order; typed against the model so a new status cannot be forgotten (a test compares it with the schema). */
const STATUS_LABELS: Record<VersionStatus, string> = { draft: 'Draft', signing: 'In signing', signed: 'Signed', superseded: 'Superseded', archived: 'Archived' };
const STATUSES = Object.keys(STATUS_LABELS) as VersionStatus[];

interface Props {
  /** False until the first page is on screen: the menus' choices are read after it, not before.
   * (It stays true afterwards: useLive keeps the last page while the next one loads.) */
  ready: boolean;
  query: LibraryQuery;
  onChange: (patch: Partial<LibraryQuery>) => void;
}

/** Search, filters and sort; every change goes back to the first page. */
export function LibraryFilters({ ready, query, onChange }: Props) {
  const choices = useLive((live) => (ready ? live.watchFilterChoices() : null), [ready]);
  const set = (patch: Partial<LibraryQuery>) => onChange({ ...patch, page: 0 });
  return (
    <div className="library-toolbar" role="search">
      <div className="field library-search">
        <label htmlFor="library-search">Search</label>
        <input
          id="library-search"
          type="search"
          placeholder="Organisation, title, people…"
          title="Searches organisations, titles, participants and criteria"
          value={query.text}
          maxLength={200}
          onChange={(e) => set({ text: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="library-status">Status</label>
        <select id="library-status" value={query.status} onChange={(e) => set({ status: e.target.value as LibraryQuery['status'] })}>
          <option value="">All statuses</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="library-quarter">Quarter</label>
        <select id="library-quarter" value={query.quarter} onChange={(e) => set({ quarter: e.target.value })}>
          <option value="">All quarters</option>
          {choices?.quarters.map((q) => (
            <option key={q} value={q}>
              {q}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="library-organisation">Organisation</label>
        <select id="library-organisation" value={query.organisation} onChange={(e) => set({ organisation: e.target.value })}>
          <option value="">All organisations</option>
          {choices?.organisations.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="library-sort">Sort</label>
        <select id="library-sort" value={query.sort} onChange={(e) => set({ sort: e.target.value as LibrarySort })}>
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

export { STATUS_LABELS, STATUSES };
