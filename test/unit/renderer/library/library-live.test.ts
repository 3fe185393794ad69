import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../renderer/src/db/database';
import { importAgreementText } from '../../../../renderer/src/db/repositories/import';
import { watchCount, watchPage, type Watch } from '../../../../renderer/src/db/repositories/library-live';
import { EMPTY_QUERY } from '../../../../renderer/src/features/library/useLibraryPage';
import { signedFile } from './fixtures';

/** Collects a live query's answers and resolves once one of them passes `until`. */
function answers<T>(watch: Watch<T>, until: (value: T) => boolean) {
  const seen: T[] = [];
  let stop = () => {};
  const reached = new Promise<T>((resolve, reject) => {
    stop = watch((value) => {
      seen.push(value);
      if (until(value)) resolve(value);
    }, reject);
  });
  return { seen, reached, stop: () => stop() };
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => db.close());

describe('live library reads', () => {
  it('the default page answers again when an agreement arrives (no search text)', async () => {
    const page = answers(watchPage(EMPTY_QUERY), (v) => v.page.rows.length === 1);
    // The first answer (an empty library) comes before the import, so the second one is a reaction to it.
    await vi.waitFor(() => expect(page.seen.length).toBeGreaterThan(0));
    expect(page.seen[0]?.page.rows).toEqual([]);
    await importAgreementText(JSON.stringify(signedFile()));
    const answer = await page.reached;
    expect(answer.page.rows[0]?.organisation).toBe('Northwind Analytics');
    page.stop();
  });

  it('a searched page and the count follow too', async () => {
    const page = answers(watchPage({ ...EMPTY_QUERY, text: 'northw' }), (v) => v.page.rows.length === 1);
    const count = answers(watchCount(), (n) => n === 1);
    await vi.waitFor(() => expect(page.seen.length * count.seen.length).toBeGreaterThan(0));
    expect([page.seen[0]?.page.rows.length, count.seen[0]]).toEqual([0, 0]);
    await importAgreementText(JSON.stringify(signedFile()));
    await expect(page.reached).resolves.toBeTruthy();
    await expect(count.reached).resolves.toBe(1);
    page.stop();
    count.stop();
  });
});
