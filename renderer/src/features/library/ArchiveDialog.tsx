import type { LibraryEntry } from '../../db/database';
import { Dialog } from '../../ui/Dialog';

interface Props {
  version: LibraryEntry | null;
  onCancel: () => void;
  onConfirm: (version: LibraryEntry) => void;
}

/** Archiving a signed agreement is deliberate: it is never deleted, but it leaves the current work. */
export function ArchiveDialog({ version, onCancel, onConfirm }: Props) {
  if (!version) return null;
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onCancel()}
      title={`Archive ${version.organisation} ${version.quarter} v${version.version}?`}
      description="The signed agreement stays in the library, unchanged and verifiable, marked as archived. Signed agreements are never deleted."
    >
      <div className="row" style={{ justifyContent: 'flex-end', marginTop: 16 }}>
        <button className="btn" onClick={onCancel}>
          Keep it
        </button>
        <button className="btn btn-primary" onClick={() => onConfirm(version)}>
          Archive
        </button>
      </div>
    </Dialog>
  );
}
