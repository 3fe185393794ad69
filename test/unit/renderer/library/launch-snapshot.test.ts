import { beforeEach, describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../../../renderer/src/db/database';
import { forgetLaunchPage, readLaunchPage, saveLaunchPage } from '../../../../renderer/src/features/library/launch-snapshot';

const row = (n: number): LibraryEntry => ({
  versionId: `v${n}`,
  agreementId: `a${n}`,
  version: 1,
  status: n % 2 ? 'signed' : 'draft',
  updatedAt: `2026-10-0${n}T10:00:00.000Z`,
  recency: -n,
  organisation: `Org ${n}`,
  quarter: '2026-Q4',
  title: `Agreement ${n}`,
  signers: n % 2 ? ['Dana Reyes'] : [],
  reviewDate: n % 2 ? '2027-01-15' : null,
  words: ['org', `${n}`],
});

describe('launch snapshot of the library', () => {
  beforeEach(() => localStorage.clear());

  it('gives back the page it saved, without the search words', () => {
    saveLaunchPage({ rows: [row(1), row(2)], hasMore: true, total: 2 }, new Set(['v1', 'gone']));
    const read = readLaunchPage();
    expect(read?.page.rows.map((r) => r.versionId)).toEqual(['v1', 'v2']);
    expect(read?.page.rows[0]).toEqual({ ...row(1), words: [] });
    expect(read?.page.hasMore).toBe(true);
    expect([...read!.reviewed]).toEqual(['v1']);
    expect(localStorage.getItem('cg.library.launch-page.v1')).not.toContain('"words"');
  });

  it('remembers an empty library, so the first-run screen can show at once', () => {
    saveLaunchPage({ rows: [], hasMore: false, total: 0 }, new Set());
    expect(readLaunchPage()?.page.rows).toEqual([]);
  });

  it.each([
    ['not JSON', '{rows:'],
    ['no rows', JSON.stringify({ reviewed: [], hasMore: false })],
    ['a row of the wrong shape', JSON.stringify({ rows: [{ ...row(1), version: '1' }], reviewed: [], hasMore: false })],
    ['an unknown status', JSON.stringify({ rows: [{ ...row(1), status: 'lost' }], reviewed: [], hasMore: false })],
    ['reviewed not a list', JSON.stringify({ rows: [], reviewed: 'v1', hasMore: false })],
  ])('ignores a stored value with %s', (_why, raw) => {
    localStorage.setItem('cg.library.launch-page.v1', raw);
    expect(readLaunchPage()).toBeNull();
  });

  it('is gone once forgotten', () => {
    saveLaunchPage({ rows: [row(1)], hasMore: false, total: 1 }, new Set());
    forgetLaunchPage();
    expect(readLaunchPage()).toBeNull();
  });
});
