import type { AgreementVersion } from '../../../../shared/model/agreement';
import { Dialog } from '../../ui/Dialog';

interface Props {
  version: AgreementVersion | null;
  onCancel: () => void;
  onConfirm: (version: AgreementVersion) => void;
}

/** Archiving a signed agreement is deliberate: it is never deleted, but it leaves the current work. */
export function ArchiveDialog({ version, onCancel, onConfirm }: Props) {
  if (!version) return null;
  const c = version.content;
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onCancel()}
      title={`Archive ${c.organisation} ${c.quarter} v${version.version}?`}
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
