import { useState } from 'react';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import { reviseVersion } from '../../db/repositories/signing';
import { navigate } from '../../router';
import { notify } from '../../ui/toast';
import { HashText } from './HashText';

const STATUS_TEXT: Record<AgreementVersion['status'], string> = {
  draft: 'draft',
  signing: 'being signed',
  signed: 'signed',
  superseded: 'superseded by a newer version',
  archived: 'archived',
};

/** Says plainly that a signed version cannot change, and offers the only way forward: a new version. */
export function FrozenBanner({ version }: { version: AgreementVersion }) {
  const [busy, setBusy] = useState(false);
  const revise = async () => {
    setBusy(true);
    try {
      const { workshop, version: next } = await reviseVersion(version.id);
      notify.success(`Version ${next.version} is a new draft. Version ${version.version} keeps its signatures.`);
      navigate({ name: 'workshop', workshopId: workshop.id, step: 'review' });
    } catch (error) {
      notify.error((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="alert alert-info frozen-banner" role="status" data-testid="frozen-banner">
      <div>
        <strong>
          Version {version.version} is {STATUS_TEXT[version.status]} and frozen.
        </strong>{' '}
        Nothing in it can be edited any more{version.frozenAt ? ` (frozen ${new Date(version.frozenAt).toLocaleString()})` : ''}. Content SHA-256{' '}
        <HashText hash={version.contentHash ?? ''} />. To change anything, start a new version: this one keeps its signatures.
      </div>
      <button className="btn btn-primary" onClick={revise} disabled={busy}>
        {busy ? 'Starting…' : 'Revise'}
      </button>
    </div>
  );
}
