import { describe, expect, it } from 'vitest';
import { isFrozen } from '../../../shared/rules/frozen';

describe('isFrozen', () => {
  it('a draft without a hash is editable; a hash or a signed-or-later status freezes it', () => {
    expect(isFrozen({ status: 'draft', contentHash: null })).toBe(false);
    expect(isFrozen({ status: 'signing', contentHash: 'a'.repeat(64) })).toBe(true);
    for (const status of ['signed', 'superseded', 'archived'] as const) expect(isFrozen({ status, contentHash: null })).toBe(true);
  });
});
