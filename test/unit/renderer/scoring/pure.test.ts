import { describe, expect, it } from 'vitest';
import { boardAnnouncements } from '../../../../renderer/src/features/scoring/announcements';
import { dropPlacement, moveAcross, positionSentence, prospectiveColumns, tierOf, type Columns } from '../../../../renderer/src/features/scoring/board-drag';
import { EMPTY_DRAFT, criterionFromDraft, draftOf } from '../../../../renderer/src/features/scoring/criterion-form';
import { agreementWords, reconcileOrder, shiftId } from '../../../../renderer/src/features/scoring/rankings/ranking-state';
import { starterCriteria } from '../../../../shared/template/criteria';

const cols = (): Columns => ({ Critical: ['a', 'b'], Strong: ['c', 'd', 'e'], Moderate: [], Weak: ['f'], Ignore: [], Negative: ['g'] });

describe('board drag draft', () => {
  it('finds the tier of a card or a band drop zone', () => {
    expect(tierOf(cols(), 'd')).toBe('Strong');
    expect(tierOf(cols(), 'tier:Moderate')).toBe('Moderate');
    expect(tierOf(cols(), 'tier:Nowhere')).toBeNull();
    expect(tierOf(cols(), 'zzz')).toBeNull();
  });

  it('moves a card into another tier before the hovered card, or to the end of an empty band', () => {
    expect(moveAcross(cols(), 'f', 'd')).toMatchObject({ Strong: ['c', 'f', 'd', 'e'], Weak: [] });
    expect(moveAcross(cols(), 'a', 'tier:Moderate')).toMatchObject({ Critical: ['b'], Moderate: ['a'] });
    const same = cols();
    expect(moveAcross(same, 'c', 'e')).toBe(same);
  });

  it('places the drop at the hovered card inside the tier, or leaves the index when over the band', () => {
    expect(dropPlacement(cols(), 'c', 'e')).toEqual({ tier: 'Strong', index: 2 });
    expect(dropPlacement(cols(), 'c', 'tier:Strong')).toEqual({ tier: 'Strong', index: 0 });
    expect(dropPlacement(cols(), 'nope', null)).toBeNull();
  });

  it('says where a card is in words a screen reader can speak', () => {
    expect(positionSentence('Demo request', cols(), 'd')).toBe('Demo request, position 2 of 3 in Strong');
    expect(positionSentence('Demo request', prospectiveColumns(cols(), 'a', 'tier:Weak'), 'a')).toBe('Demo request, position 2 of 2 in Weak');
    expect(positionSentence('X', prospectiveColumns(cols(), 'c', 'e'), 'c')).toBe('X, position 3 of 3 in Strong');
  });
});

describe('criterion form', () => {
  const base = { id: 'new-1', order: 0 };
  it('round-trips every starter card through the form unchanged', () => {
    for (const c of starterCriteria()) {
      const result = criterionFromDraft(draftOf(c), c);
      expect(result).toEqual({ ok: true, criterion: c });
    }
  });

  it('refuses pinned points outside −100..100 or not a number', () => {
    const draft = { ...EMPTY_DRAFT, label: 'Demo', value: 'demo request', pinned: true };
    expect(criterionFromDraft({ ...draft, pinnedPoints: '150' }, base)).toEqual({ ok: false, errors: { pinnedPoints: 'Points must be between −100 and 100' } });
    expect(criterionFromDraft({ ...draft, pinnedPoints: '' }, base)).toEqual({ ok: false, errors: { pinnedPoints: 'Points must be a number between −100 and 100' } });
    expect(criterionFromDraft({ ...draft, pinnedPoints: '-100' }, base)).toMatchObject({ ok: true, criterion: { pinnedPoints: -100 } });
  });

  it('refuses an empty condition with a message under the control', () => {
    expect(criterionFromDraft({ ...EMPTY_DRAFT, label: 'Case study' }, base)).toEqual({ ok: false, errors: { value: 'Event name is required' } });
    const r = criterionFromDraft({ ...EMPTY_DRAFT, label: 'Size', op: 'between', field: 'employees', min: '', max: '10' }, base);
    expect(r).toEqual({ ok: false, errors: { min: 'Enter a number' } });
    const list = criterionFromDraft({ ...EMPTY_DRAFT, label: 'Title', op: 'in', field: 'seniority', values: ' , ' }, base);
    expect(list).toEqual({ ok: false, errors: { values: 'List at least one value' } });
  });
});

describe('ranking helpers', () => {
  const rankable = starterCriteria().filter((c) => c.tier !== 'Negative');
  it('keeps a saved order, drops deleted cards and appends new ones', () => {
    const ids = rankable.map((c) => c.id);
    expect(reconcileOrder([], rankable)).toEqual(ids);
    expect(reconcileOrder([ids[3], 'gone', ids[0]], rankable)).toEqual([ids[3], ids[0], ...ids.filter((id) => id !== ids[3] && id !== ids[0])]);
  });

  it('shifts one id and stays put at the ends', () => {
    expect(shiftId(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(shiftId(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
  });

  it('puts correlations into words', () => {
    expect(agreementWords(1)).toBe('Strong agreement');
    expect(agreementWords(0)).toBe('Little agreement');
    expect(agreementWords(-1)).toBe('Opposite views');
    expect(agreementWords(null)).toBe('Too few criteria to compare');
  });
});

describe('drag announcements', () => {
  it('say after the drop which other cards the move re-priced', () => {
    const said = boardAnnouncements((id) => id, cols, cols, (after, id) => (after.Critical[0] === id ? 'Also changed: a +34 → +32.' : ''));
    const event = { active: { id: 'c' }, over: { id: 'a' } } as unknown as Parameters<NonNullable<typeof said.onDragEnd>>[0];
    expect(said.onDragEnd(event)).toBe('Dropped c, position 1 of 3 in Critical. Also changed: a +34 → +32.');
    const quiet = { active: { id: 'c' }, over: { id: 'e' } } as unknown as Parameters<NonNullable<typeof said.onDragEnd>>[0];
    expect(said.onDragEnd(quiet)).toBe('Dropped c, position 3 of 3 in Strong.');
  });
});
