import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES, readPhoneMessage } from '../../../../shared/room/protocol';

describe('every frame from a phone passes the shared schemas first', () => {
  it('reads the three messages a phone may send', () => {
    expect(readPhoneMessage(JSON.stringify({ type: 'join', name: ' Maya ', team: 'Marketing' }))).toEqual({ ok: true, message: { type: 'join', name: 'Maya', team: 'Marketing' } });
    expect(readPhoneMessage(JSON.stringify({ type: 'resume', token: 'a'.repeat(32) })).ok).toBe(true);
    expect(readPhoneMessage(JSON.stringify({ type: 'answer', activityId: 'x1', answer: { kind: 'fist', fist: 2 } }))).toEqual({ ok: true, message: { type: 'answer', activityId: 'x1', answer: { kind: 'fist', fist: 2, reason: '' } } });
  });

  it.each([
    ['not JSON', '{type: join'],
    ['an unknown type', JSON.stringify({ type: 'admin', reveal: true })],
    ['a wrong team', JSON.stringify({ type: 'join', name: 'x', team: 'Finance' })],
    ['a name too long', JSON.stringify({ type: 'join', name: 'x'.repeat(41), team: 'Sales' })],
    ['an extra key', JSON.stringify({ type: 'join', name: 'x', team: 'Sales', admin: true })],
    ['a token of the wrong shape', JSON.stringify({ type: 'resume', token: '../../etc/passwd' })],
    ['a fist of 6', JSON.stringify({ type: 'answer', activityId: 'x', answer: { kind: 'fist', fist: 6 } })],
    ['a fractional rating', JSON.stringify({ type: 'answer', activityId: 'x', answer: { kind: 'maturity', ratings: { sla: 2.5 } } })],
    ['a string for a number', JSON.stringify({ type: 'answer', activityId: 'x', answer: { kind: 'fist', fist: '5' } })],
    ['an array', '[1,2,3]'],
    ['null', 'null'],
  ])('refuses %s with a reason', (_name, raw) => {
    const read = readPhoneMessage(raw);
    expect(read.ok).toBe(false);
    expect(read.ok === false && read.message.length).toBeGreaterThan(0);
  });

  it('refuses a frame above the size limit before parsing it', () => {
    const huge = JSON.stringify({ type: 'join', name: 'x', team: 'Sales', pad: 'y'.repeat(MAX_MESSAGE_BYTES) });
    expect(readPhoneMessage(huge)).toEqual({ ok: false, message: 'Message too large' });
  });
});
