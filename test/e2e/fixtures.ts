import { test as base, chromium, _electron, expect, type Page, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HARNESS_URL } from './harness';

const CHROMIUM = process.env.CG_CHROMIUM ?? '/usr/bin/chromium';
const ELECTRON_BINARY = join(process.cwd(), 'node_modules/electron/dist', process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron');
export const electronAvailable = existsSync(ELECTRON_BINARY);

/** Any request that leaves the machine is a bug: the app makes no network request, ever. */
function isLoopback(url: string): boolean {
  if (!/^https?:/.test(url)) return true; // file:, data:, blob:, devtools:
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

interface Fixtures {
  app: { page: Page; context: BrowserContext | null; reload: () => Promise<void> };
  page: Page;
}

export const test = base.extend<Fixtures>({
  // Playwright requires a destructuring pattern even when a fixture needs no other fixture.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use, testInfo) => {
    const shell = testInfo.project.metadata.shell as 'web' | 'electron';
    const profile = mkdtempSync(join(tmpdir(), 'cg-e2e-'));
    const outbound: string[] = [];
    if (shell === 'electron') {
      test.skip(!electronAvailable, 'Electron binary not installed on this machine (no internet to fetch it); the chromium project covers these specs');
      const electronApp = await _electron.launch({ executablePath: ELECTRON_BINARY, args: ['.', `--user-data-dir=${profile}`] });
      const page = await electronApp.firstWindow();
      page.on('request', (r) => !isLoopback(r.url()) && outbound.push(r.url()));
      await use({ page, context: null, reload: async () => void (await page.reload()) });
      await electronApp.close();
    } else {
      // Each test gets its own profile folder, so IndexedDB starts empty and persists across reloads.
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: 1280, height: 720 },
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      context.on('request', (r) => !isLoopback(r.url()) && outbound.push(r.url()));
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(HARNESS_URL);
      await use({ page, context, reload: async () => void (await page.reload()) });
      await context.close();
    }
    rmSync(profile, { recursive: true, force: true });
    expect(outbound, 'the app must not make any request off this machine').toEqual([]);
  },
  page: async ({ app }, use) => use(app.page),
});

export { expect };

/** A button of the main navigation rail (steps, library, tools): a name part, a pattern, or the exact name. */
export const rail = (page: Page, name: string | RegExp, options: { exact?: boolean } = {}) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: options.exact });

/** Saves a full-page screenshot under test-results/screens for people to look at. */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

/** Screenshots the page in the light theme, then the dark one, and leaves it light again. */
export async function bothThemes(page: Page, name: string) {
  const setTheme = (theme: 'light' | 'dark') => page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
  await screenshot(page, `${name}-light`);
  await setTheme('dark');
  await screenshot(page, `${name}-dark`);
  await setTheme('light');
}

/** Waits until the open workshop has been written to IndexedDB. */
export async function waitForSaved(page: Page) {
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
}
