import type { ExportedPdf } from '../../../../shared/ipc/channels/pdf';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { ExportPlan } from '../../../../shared/rules/provenance';
import { bridge } from '../../bridge';
import { unwrap } from '../../bridge/unwrap';
import { db as defaultDb, type CommonGroundDb } from '../database';
import { loadAuditChain, recordAuditEvent } from './audit';

/** What each kind of exported file is called once saved: in the audit trail and on the export screen. */
export const SAVED_AS: Record<ExportPlan, string> = {
  seal: 'Sealed PDF saved',
  original: 'Original sealed PDF saved',
  draft: 'Draft PDF saved',
  'unverified-copy': 'Unverified copy saved',
};

/**
 * Exports a version as PDF, from the audit trail to the file and back into it: the agreement's
 * audit chain is read, the main process lays the PDF out (and seals it, or saves the kept original)
 * where the person chooses, and only once it answers is the 'exported' event written, in one
 * transaction (IndexedDB cannot wait on another process). A refusal or failure of the main process
 * writes nothing and is thrown with its code kept; a cancelled "save as" writes nothing and resolves
 * to null.
 *
 * It takes the version as the screen shows it, not by id: main decides again from the version
 * itself (its signatures, their receipts, a kept original) what kind of file it may be.
 */
export async function exportVersionPdf(version: AgreementVersion, database: CommonGroundDb = defaultDb): Promise<ExportedPdf | null> {
  const auditEvents = await loadAuditChain(version.agreementId, database);
  const file = unwrap(await bridge.exportPdf({ version, auditEvents }));
  if (!file) return null;
  await database.transaction('rw', [database.auditEvents], () =>
    recordAuditEvent(database, {
      agreementId: version.agreementId,
      versionId: version.id,
      kind: 'exported',
      actor: version.content.facilitator || 'Facilitator',
      detail: `${SAVED_AS[file.copy]} (${file.bytes} bytes), SHA-256 ${file.sha256}`,
    }),
  );
  return file;
}
