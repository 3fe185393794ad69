import { beforeEach, describe, expect, it } from 'vitest';
import { applyRoomResult, SIGNED_ROOM_MESSAGE } from '../../../../renderer/src/features/room/apply-room-result';
import { rankingSpec, fistSpec } from '../../../../renderer/src/features/room/room-specs';
import { db } from '../../../../renderer/src/db/database';
import { useEditor } from '../../../../renderer/src/stores/editor';
import { tallyAnswers } from '../../../../shared/room/tally';
import type { RoomActivityStatus } from '../../../../shared/room/status';
import type { ActivitySpec } from '../../../../shared/room/protocol';
import { consentStatus } from '../../../../shared/rules/consent';
import { bordaMerge } from '../../../../shared/rules/scoring/rankings';
import { editorWorkshop, openTemplateWorkshop } from '../agenda/helpers';

beforeEach(openTemplateWorkshop);

const revealed = (spec: ActivitySpec, answers: Parameters<typeof tallyAnswers>[1]): RoomActivityStatus => ({
  id: 'a1',
  spec,
  visibility: 'anonymous',
  revealWhenAllIn: false,
  endsAt: null,
  revealed: true,
  answered: answers.length,
  eligible: answers.length,
  tally: tallyAnswers(spec, answers),
});

describe('a revealed room activity lands in the workshop records', () => {
  it('a silent ranking becomes both teams’ rankings, one undo step, and a room event with counts only', async () => {
    const spec = rankingSpec(useEditor.getState().version!)!;
    const ids = spec.kind === 'ranking' ? spec.criteria.map((c) => c.id) : [];
    const reversed = [...ids].reverse();
    const result = await applyRoomResult(revealed(spec, [
      { team: 'Marketing', answer: { kind: 'ranking', order: ids } },
      { team: 'Marketing', answer: { kind: 'ranking', order: reversed } },
      { team: 'Sales', answer: { kind: 'ranking', order: reversed } },
    ]));
    expect(result).toEqual({ ok: true });
    const { rankings } = editorWorkshop();
    expect(rankings.Marketing).toEqual({ order: bordaMerge([ids, reversed]), submitted: true });
    expect(rankings.Sales).toEqual({ order: reversed, submitted: true });
    expect(rankings.revealed).toBe(true);
    const events = await db.auditEvents.where('versionId').equals(editorWorkshop().versionId).toArray();
    const room = events.filter((e) => e.kind === 'room');
    expect(room).toHaveLength(1);
    expect(room[0].detail).toMatch(/^Silent ranking of the criteria from the room, anonymous: 2 marketing rankings and 1 sales ranking/);
  });

  it("a fist of five on the step sets each team's consent to its lowest vote", async () => {
    const spec = fistSpec('goals');
    await applyRoomResult(revealed(spec, [
      { team: 'Marketing', answer: { kind: 'fist', fist: 4, reason: '' } },
      { team: 'Sales', answer: { kind: 'fist', fist: 2, reason: 'The MQL target is too high' } },
      { team: 'Sales', answer: { kind: 'fist', fist: 5, reason: '' } },
    ]));
    expect(consentStatus(editorWorkshop().consents, 'goals')).toEqual({ Marketing: 'agreed', Sales: 'objection' });
    expect(editorWorkshop().consents.find((c) => c.team === 'Sales' && c.step === 'goals')).toMatchObject({ fist: 2, objection: 'The MQL target is too high' });
  });

  it('is refused on a signed version and changes nothing', async () => {
    const { version } = useEditor.getState();
    useEditor.setState({ version: { ...version!, status: 'signed' } });
    const before = editorWorkshop().consents;
    const result = await applyRoomResult(revealed(fistSpec('goals'), [{ team: 'Sales', answer: { kind: 'fist', fist: 1, reason: '' } }]));
    expect(result).toEqual({ ok: false, message: SIGNED_ROOM_MESSAGE });
    expect(editorWorkshop().consents).toBe(before);
    const events = await db.auditEvents.where('versionId').equals(editorWorkshop().versionId).toArray();
    expect(events.some((e) => e.kind === 'room')).toBe(false);
  });
});
