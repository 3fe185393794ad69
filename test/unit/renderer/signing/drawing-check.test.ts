import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawingProblem } from '../../../../renderer/src/features/signature/drawing-check';
import { describeTeams, missingTeams, signerRefusal } from '../../../../shared/rules/signers';

const line = (x0: number, y0: number, x1: number, y1: number, n = 20) => ({
  points: Array.from({ length: n }, (_, i) => ({ x: x0 + ((x1 - x0) * i) / (n - 1), y: y0 + ((y1 - y0) * i) / (n - 1) })),
});
const zigzag = { points: Array.from({ length: 30 }, (_, i) => ({ x: 20 + i * 8, y: i % 2 === 0 ? 40 : 90 })) };

describe('drawingProblem', () => {
  it('refuses an empty drawing and a dot', () => {
    expect(drawingProblem([])).toMatch(/Draw your signature/);
    expect(drawingProblem([{ points: [{ x: 10, y: 10 }] }])).toMatch(/too small/);
  });
  it('refuses a flat dash and any single straight stroke, however it is tilted', () => {
    expect(drawingProblem([line(10, 50, 300, 52)])).toMatch(/too small|straight line/);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 80, max: 400 }), fc.integer({ min: 20, max: 150 }), (x, y, w, h) => {
        expect(drawingProblem([line(x, y, x + w, y + h)])).toMatch(/straight line/);
      }),
    );
  });
  it('accepts a zigzag signature and two crossing strokes', () => {
    expect(drawingProblem([zigzag])).toBeNull();
    expect(drawingProblem([line(10, 10, 200, 80), line(10, 80, 200, 10)])).toBeNull();
  });
});

describe('signer rules', () => {
  const participants = [
    { id: 'm', name: 'Mary', team: 'Marketing' as const, title: '', email: '' },
    { id: 's', name: 'Sam', team: 'Sales' as const, title: '', email: '' },
  ];
  it('lists the teams still to sign, Leadership only when required', () => {
    expect(missingTeams({ leadershipSignatureRequired: false }, [{ team: 'Sales' }])).toEqual(['Marketing']);
    expect(missingTeams({ leadershipSignatureRequired: true }, [{ team: 'Sales' }, { team: 'Marketing' }])).toEqual(['Leadership']);
    expect(describeTeams(['Marketing', 'Sales', 'Leadership'])).toBe('Marketing, Sales and Leadership');
  });
  it('refuses strangers and second signatures', () => {
    expect(signerRefusal(participants, [], 'x')).toMatch(/Only a participant/);
    expect(signerRefusal(participants, [{ participantId: 'm' }], 'm')).toMatch(/Mary has already signed/);
    expect(signerRefusal(participants, [{ participantId: 'm' }], 's')).toBeNull();
  });
});
