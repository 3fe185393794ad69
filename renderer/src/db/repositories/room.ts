import type { Workshop } from '../../../../shared/model/workshop';
import { db as defaultDb, type CommonGroundDb } from '../database';
import { recordAuditEvent } from './audit';

/** The 'room' event: answers came from phones in the room, with counts and how names were shown. */
export async function recordRoomActivity(workshop: Pick<Workshop, 'agreementId' | 'versionId'>, detail: string, database: CommonGroundDb = defaultDb): Promise<void> {
  await recordAuditEvent(database, { agreementId: workshop.agreementId, versionId: workshop.versionId, kind: 'room', actor: 'Room', detail });
}
