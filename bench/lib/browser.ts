/** Debian Chromium through playwright-core, with the same flags as the e2e fixtures. */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { BENCH_DIR } from './servers';

const CHROMIUM = process.env.CG_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Profile {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** A fresh on-disk profile: IndexedDB persists across navigations, exactly like the app's. */
export async function openProfile(name: string): Promise<Profile> {
  const dir = mkdtempSync(join(BENCH_DIR, `profile-${name}-`));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 720 }, args: ARGS });
  // tsx keeps function names with an __name helper that the page lacks; functions handed to the page need it.
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

declare global {
  interface Window {
    __benchReadyAt?: number;
  }
}

/**
 * Records, inside the page, the moment (ms since navigation start) when the element that makes
 * the screen usable first exists. A MutationObserver notices it in the same task React commits.
 */
function installReadyProbe(selector: string) {
  const check = () => {
    if (window.__benchReadyAt === undefined && document.querySelector(selector)) {
      window.__benchReadyAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** Navigates a new tab to `url` and returns the in-page time until `selector` appeared. */
export async function timeToReady(context: BrowserContext, url: string, selector: string, options: { forgetRemembered?: boolean } = {}): Promise<number> {
  const page = await context.newPage();
  try {
    // A launch with nothing remembered from the last one (a fresh profile, or storage cleared).
    if (options.forgetRemembered) await page.addInitScript(() => localStorage.clear());
    await page.addInitScript(installReadyProbe, selector);
    await page.goto(url);
    await page.waitForFunction(() => window.__benchReadyAt !== undefined, undefined, { timeout: 20_000 });
    return await page.evaluate(() => window.__benchReadyAt!);
  } finally {
    await page.close();
  }
}

export async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

