import { describe, expect, it } from 'vitest';
import { CONSENT_STEPS, confirmBeforeSigning, openBeforeSigning } from '../../../shared/rules/signing-readiness';
import type { Consent } from '../../../shared/rules/consent';

const parked = (id: string, resolved: boolean) => ({ id, text: `Question ${id}`, resolved, createdAt: '2027-01-14T09:00:00.000Z' });
const agreeAll = (): Consent[] => CONSENT_STEPS.flatMap((step) => (['Marketing', 'Sales'] as const).map((team) => ({ step, team, fist: 4, objection: '' })));
const unsigned = { signatures: [], contentHash: null };

describe('openBeforeSigning', () => {
  it('needs no confirmation when every section is agreed and nothing is parked', () => {
    const open = openBeforeSigning({ consents: agreeAll(), parkingLot: [parked('a', true)] });
    expect(open).toMatchObject({ objections: [], undecided: [], parked: [], needsConfirmation: false });
  });

  it('lists missing votes without asking for confirmation on their own', () => {
    const open = openBeforeSigning({ consents: [], parkingLot: [] });
    expect(open.undecided).toHaveLength(CONSENT_STEPS.length * 2);
    expect(open.needsConfirmation).toBe(false);
  });

  it('a written objection or a low fist asks for confirmation, with the reason', () => {
    const consents = agreeAll().map((c) =>
      c.step === 'goals' && c.team === 'Sales' ? { ...c, objection: 'Target too high' } : c.step === 'scoring' && c.team === 'Marketing' ? { ...c, fist: 1 } : c,
    );
    const open = openBeforeSigning({ consents, parkingLot: [] });
    expect(open.objections.map((o) => `${o.step}/${o.team}`)).toEqual(['scoring/Marketing', 'goals/Sales']);
    expect(open.objections[1].reason).toContain('Target too high');
    expect(open.needsConfirmation).toBe(true);
  });

  it('an unresolved parked question asks for confirmation; resolved ones do not count', () => {
    const open = openBeforeSigning({ consents: agreeAll(), parkingLot: [parked('a', false), parked('b', true)] });
    expect(open.parked.map((p) => p.id)).toEqual(['a']);
    expect(open.needsConfirmation).toBe(true);
  });

  it('a lifecycle stage without entry criteria asks for confirmation and is named', () => {
    const stages = [
      { id: 's1', name: 'MQL', entryCriteria: 'Score at or above the threshold.' },
      { id: 's2', name: 'Product qualified', entryCriteria: '   ' },
    ];
    const open = openBeforeSigning({ consents: agreeAll(), parkingLot: [] }, CONSENT_STEPS, stages);
    expect(open.emptyStages).toEqual([{ id: 's2', name: 'Product qualified' }]);
    expect(open.needsConfirmation).toBe(true);
    expect(openBeforeSigning({ consents: agreeAll(), parkingLot: [] }, CONSENT_STEPS, stages.slice(0, 1)).needsConfirmation).toBe(false);
  });

  it('the review and export steps never need consent', () => {
    expect(CONSENT_STEPS).not.toContain('review');
    expect(CONSENT_STEPS).not.toContain('export');
    expect(CONSENT_STEPS).toContain('participants');
  });
});

describe('confirmBeforeSigning', () => {
  const objecting = openBeforeSigning({ consents: [{ step: 'goals', team: 'Sales', fist: 0, objection: '' }], parkingLot: [] });

  it('asks only before the first signature', () => {
    expect(confirmBeforeSigning(unsigned, objecting)).toBe(true);
    expect(confirmBeforeSigning({ signatures: [{}] as never, contentHash: 'a'.repeat(64) }, objecting)).toBe(false);
    expect(confirmBeforeSigning({ signatures: [], contentHash: 'a'.repeat(64) }, objecting)).toBe(false);
  });

  it('does not ask when nothing is open', () => {
    expect(confirmBeforeSigning(unsigned, openBeforeSigning({ consents: agreeAll(), parkingLot: [] }))).toBe(false);
  });
});
