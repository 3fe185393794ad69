import type { LibraryEntry } from '../../db/database';
import { libraryLive } from './use-library-live';
import { navigate } from '../../router';
import { notify } from '../../ui/toast';
import { STATUS_LABELS } from './LibraryFilters';
import type { Provenance } from '../../../../shared/rules/provenance';

interface Props {
  version: LibraryEntry;
  reviewed: boolean;
  /** Why this record counts as changed outside the app; undefined while unchecked or intact. */
  problems?: string[];
  /** Whether this install can vouch for its signatures; undefined while unasked or for a row without signers. */
  provenance?: Provenance;
  today: string;
  onDelete: (version: LibraryEntry) => void;
  onArchive: (version: LibraryEntry) => void;
}

/** A review is due once the agreed review date has passed and no actuals were entered yet. */
export function isReviewDue(version: LibraryEntry, reviewed: boolean, today: string): boolean {
  const date = version.reviewDate;
  return version.status === 'signed' && !reviewed && date !== null && date < today;
}

export function LibraryRow({ version, reviewed, problems, provenance, today, onDelete, onArchive }: Props) {
  const name = `${version.organisation} ${version.quarter} version ${version.version}`;
  const open = async () => {
    const workshop = await (await libraryLive()).workshopForVersion(version.versionId);
    if (workshop) navigate({ name: 'workshop', workshopId: workshop.id, step: workshop.agenda.current });
    else navigate({ name: 'history', agreementId: version.agreementId });
  };
  const signers = version.signers.join(', ');
  const due = isReviewDue(version, reviewed, today);
  const sealed = version.status === 'signed' || version.status === 'superseded' || version.status === 'archived';
  return (
    <tr data-testid="library-row">
      <td className="library-wrap">
        {/* The organisation and the title together are the link; the name says which version it opens. */}
        <button className="btn btn-ghost btn-small library-org" onClick={() => void open().catch((e: Error) => notify.error(e.message))}>
          <span className="sr-only">Open</span> <span>{version.organisation}</span> <span className="sr-only">{`${version.quarter} version ${version.version}:`}</span>{' '}
          <span className="library-title">{version.title}</span>
        </button>
      </td>
      <td>{version.quarter}</td>
      <td>v{version.version}</td>
      <td className="library-wrap library-badges">
        <span className={`badge badge-${version.status}`}>{STATUS_LABELS[version.status]}</span>
        {problems && <ChangedOutsideBadge problems={problems} />}
        {provenance === 'unverified' && <UnverifiedBadge />}
      </td>
      <td className="library-wrap">{signers || <span className="muted">—</span>}</td>
      <td className="library-wrap library-badges">
        {version.reviewDate ?? <span className="muted">—</span>}
        {due && (
          <>
            {' '}
            <span className="badge badge-due">Review due</span>
          </>
        )}
      </td>
      <td>
        <div className="library-actions">
          <button className="btn btn-small" onClick={() => navigate({ name: 'history', agreementId: version.agreementId })} aria-label={`History of ${name}`}>
            History
          </button>
          {sealed && (
            <button className="btn btn-small" onClick={() => navigate({ name: 'review', versionId: version.versionId })} aria-label={`Quarterly review of ${name}`}>
              Review
            </button>
          )}
          {version.status === 'draft' && (
            <button className="btn btn-small btn-danger" onClick={() => onDelete(version)} aria-label={`Delete draft ${name}`}>
              Delete
            </button>
          )}
          {(version.status === 'signed' || version.status === 'superseded') && (
            <button className="btn btn-small" onClick={() => onArchive(version)} aria-label={`Archive ${name}`}>
              Archive
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}

/** The row's warning: the short form in the list, every problem in its tooltip and accessible description. */
function ChangedOutsideBadge({ problems }: { problems: string[] }) {
  // The words of CHANGED_OUTSIDE_APP (shared/rules/integrity), not imported: that module brings the hashing code, which loads only after the page is drawn.
  const details = `This record was changed outside the app: ${problems.join(' ')}`;
  return (
    <>
      {' '}
      <span className="badge badge-danger" data-testid="integrity-badge" title={details} aria-label={details}>
        Changed outside the app
      </span>
    </>
  );
}

/**
 * The words of provenanceNotice('unverified') (shared/rules/provenance), not imported for the same
 * reason as above; a test holds them equal. The short form is the badge's own text, the reason
 * follows for screen readers and in the tooltip.
 */
export const UNVERIFIED_LABEL = 'Imported, not verified';
const UNVERIFIED_DETAILS = 'These signatures were not captured on this computer and no original sealed PDF of this version is kept here, so it is never sealed as signed.';

function UnverifiedBadge() {
  return (
    <>
      {' '}
      <span className="badge badge-unverified" data-testid="provenance-badge" data-provenance="unverified" title={UNVERIFIED_DETAILS}>
        {UNVERIFIED_LABEL}
        <span className="sr-only">: {UNVERIFIED_DETAILS}</span>
      </span>
    </>
  );
}
