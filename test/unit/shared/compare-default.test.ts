import { describe, expect, it } from 'vitest';
import { defaultComparison } from '../../../shared/rules/compare-default';

const v = (id: string, status: 'draft' | 'signing' | 'signed' | 'superseded' | 'archived') => ({ id, status });

describe('which versions History compares first', () => {
  it('the newest against the last signed version before it, skipping an abandoned draft', () => {
    expect(defaultComparison([v('v1', 'superseded'), v('v2', 'signed'), v('v3', 'draft'), v('v4', 'draft')])).toEqual({ beforeId: 'v2', afterId: 'v4' });
  });
  it('the one just before when nothing earlier was signed, and a lone version against itself', () => {
    expect(defaultComparison([v('v1', 'draft'), v('v2', 'draft')])).toEqual({ beforeId: 'v1', afterId: 'v2' });
    expect(defaultComparison([v('v1', 'signed')])).toEqual({ beforeId: 'v1', afterId: 'v1' });
    expect(defaultComparison([])).toBeNull();
  });
});
