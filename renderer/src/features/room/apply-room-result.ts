import type { RoomActivityStatus, RoomStatus } from '../../../../shared/room/status';
import { activityTitle } from '../../../../shared/room/describe';
import { bridge } from '../../bridge';
import { notify } from '../../ui/toast';
import { roomCommand } from './use-room';
import { newId } from '../../../../shared/rules/ids';
import { isFrozen } from '../../../../shared/rules/frozen';
import { clauseVoteFromRoom, consentsFromRoom, dotsFromRoom, maturityFromRoom, rankingsFromRoom } from '../../../../shared/room/records';
import { describeRoomResult } from '../../../../shared/room/describe';
import { edit, type EditResult } from '../../stores/edit';
import { useEditor } from '../../stores/editor';
import { EMPTY_RANKINGS } from '../scoring/rankings/ranking-state';
import { recordRoomActivity } from '../../db/repositories/room';

export const SIGNED_ROOM_MESSAGE = 'This version is signed: the room’s answers are shown but not written into it. Revise it to record them.';

/**
 * A revealed room activity goes into the same workshop records the on-laptop path writes (one
 * undo step through the edit command), and the audit trail says it came from the room, with
 * counts only. A ready check changes no record.
 */
export async function applyRoomResult(activity: RoomActivityStatus): Promise<EditResult> {
  const { tally, spec } = activity;
  if (!tally) return { ok: false, message: 'Reveal the answers first' };
  const { version } = useEditor.getState();
  if (version && isFrozen(version) && tally.kind !== 'ready') {
    // Signed means frozen: the reveal shows the room's answers, but the signed workshop keeps its own.
    notify.error(SIGNED_ROOM_MESSAGE);
    return { ok: false, message: SIGNED_ROOM_MESSAGE };
  }
  let result: EditResult = { ok: true };
  if (tally.kind === 'maturity') result = edit('maturity', (m) => maturityFromRoom(m, tally));
  if (tally.kind === 'ranking') result = edit('rankings', (r) => rankingsFromRoom(r ?? EMPTY_RANKINGS, tally));
  if (tally.kind === 'fist' && spec.kind === 'fist') {
    const { clause } = spec;
    result = clause
      ? edit('parkingLot', (lot) => clauseVoteFromRoom(lot, clause.label, tally, { id: newId(), at: new Date().toISOString() }))
      : edit('consents', (c) => consentsFromRoom(c, spec.step, tally));
  }
  if (tally.kind === 'dots') result = edit('parkingLot', (lot) => dotsFromRoom(lot, tally));
  const { workshop } = useEditor.getState();
  if (result.ok && workshop) await recordRoomActivity(workshop, describeRoomResult(spec, tally, activity.visibility));
  return result;
}

/** Reveal on the room, then write what it gave into the workshop: one command for the button, the timer and "everyone is in". */
export async function revealAndRecord(): Promise<RoomStatus> {
  const next = await roomCommand(() => bridge.revealRoomActivity({}));
  if (!next.activity) return next;
  const written = await applyRoomResult(next.activity);
  if (written.ok && next.activity.spec.kind !== 'ready') notify.success(`${activityTitle(next.activity.spec)}: the room’s answers are in the workshop.`);
  return next;
}
