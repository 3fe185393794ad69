/**
 * Scenario 7 — back up the whole library by hand (Backups → "Back up now") with every agreement
 * stored, timed from the click until the app says "Backup saved", and the longest main-thread task
 * meanwhile; against reading every backed-up table with bare Dexie and serialising it to JSON in
 * the same page (the least any backup has to do).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { resultOf, type ScenarioResult } from '../lib/result';

/** Reads and serialises the tables a backup holds; resolves with ms and bytes. Self-contained. */
async function bareReadAndSerialise(): Promise<{ ms: number; bytes: number }> {
  const Dexie = window.Dexie!;
  const db = new Dexie('common-ground');
  await db.open();
  const start = performance.now();
  let bytes = 0;
  for (const name of ['versions', 'workshops', 'auditEvents', 'settings', 'reviews', 'backtestMappings', 'search']) {
    const rows = await (db.table(name) as unknown as { toArray(): Promise<unknown[]> }).toArray();
    bytes += JSON.stringify(rows).length;
  }
  const ms = performance.now() - start;
  db.close();
  return { ms, bytes };
}

async function backUpOnce(page: Page): Promise<{ ms: number; longest: number; bytes: string }> {
  const tasksBefore = await page.evaluate(() => window.__benchLongTasks?.length ?? 0);
  const start = performance.now();
  await page.getByRole('button', { name: 'Back up now' }).click();
  const toast = page.getByText(/Backup saved/).last();
  await toast.waitFor({ timeout: 600_000 });
  const ms = performance.now() - start;
  const text = (await toast.textContent()) ?? '';
  const longest = await page.evaluate((from) => Math.max(0, ...(window.__benchLongTasks ?? []).slice(from)), tasksBefore);
  // The toast goes away by itself; the next run waits for the button to be usable again.
  await page.getByRole('button', { name: 'Back up now' }).and(page.locator(':enabled')).waitFor();
  await toast.waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
  return { ms, longest, bytes: /\(([^)]+)\)/.exec(text)?.[1] ?? '?' };
}

/** Restores the newest backup through the screen: time from confirming until "Restored", and the longest task meanwhile. */
async function restoreOnce(page: Page): Promise<{ ms: number; longest: number }> {
  const tasksBefore = await page.evaluate(() => window.__benchLongTasks?.length ?? 0);
  await page.getByRole('button', { name: /^Restore the backup made/ }).first().click();
  const start = performance.now();
  await page.getByRole('button', { name: 'Replace the library with this backup' }).click();
  await page.getByText(/Restored the backup of/).last().waitFor({ timeout: 600_000 });
  const ms = performance.now() - start;
  const longest = await page.evaluate((from) => Math.max(0, ...(window.__benchLongTasks ?? []).slice(from)), tasksBefore);
  return { ms, longest };
}

export async function backup(page: Page, runs: number, warmup: number, stored: number): Promise<ScenarioResult[]> {
  await page.evaluate(readFileSync('node_modules/dexie/dist/dexie.min.js', 'utf8'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Backups', exact: true }).click();
  await page.getByRole('heading', { name: 'Backups' }).waitFor();
  const appRuns: number[] = [];
  const baseRuns: number[] = [];
  const longest: number[] = [];
  let size = '?';
  let serialised = 0;
  for (let i = 0; i < warmup + runs; i += 1) {
    const made = await backUpOnce(page);
    const bare = await page.evaluate(bareReadAndSerialise);
    if (i < warmup) continue;
    appRuns.push(made.ms);
    baseRuns.push(bare.ms);
    longest.push(made.longest);
    size = made.bytes;
    serialised = bare.bytes;
  }
  const count = stored.toLocaleString('en-US');
  const worst = Math.max(...longest);
  // One restore: it replaces the library with the same agreements, so the scenarios after it see what they saw.
  const restored = await restoreOnce(page);
  return [
    resultOf({
      name: `backup: back up now, ${count} agreements`,
      runs: appRuns,
      baselineRuns: baseRuns,
      target: '≤ 3× bare read + JSON',
      check: ({ ratio }) => ratio !== null && ratio <= 3,
      extra: { backup_size: size, bare_json_mb: Math.round(serialised / 1024 / 1024), longest_task_ms: Math.round(worst) },
      note: 'Click on "Back up now" → "Backup saved" (export in the page, streamed to the main process in chunks, written and renamed there). Baseline: every backed-up table read with bare Dexie and JSON.stringify-ed in the same page.',
    }),
    resultOf({
      name: 'backup: longest main-thread task while backing up',
      runs: longest,
      target: '≤ 50 ms',
      check: ({ median }) => Math.max(median, worst) <= 50,
      note: 'Longest `longtask` entry between the click and "Backup saved", per run; met only when no run had a task over 50 ms.',
    }),
    resultOf({
      name: `backup: longest main-thread task while restoring ${count} agreements`,
      runs: [restored.longest],
      target: '≤ 50 ms',
      check: ({ median }) => median <= 50,
      extra: { restore_ms: Math.round(restored.ms) },
      note: 'Restore of the newest backup from the Backups screen (read from the main process, checked in a scratch database, validated a slice at a time, then one replacing transaction): the longest `longtask` entry from confirming until "Restored".',
    }),
  ];
}
