import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { HARNESS_PORT, HARNESS_TOKEN } from './test/e2e/harness';

if (!existsSync('node_modules/electron/dist')) {
  console.log('electron project: skipped — no Electron binary on this machine (it cannot be downloaded offline); the chromium project runs the same specs through the web harness.');
}

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // A flaky test is a failing test: no retries, anywhere.
  retries: 0,
  reporter: process.env.CI_JSON ? [['list'], ['json', { outputFile: 'test-results/playwright.json' }]] : [['list']],
  use: { viewport: { width: 1280, height: 720 }, trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  webServer: {
    command: `npx tsx electron/web/serve.ts`,
    url: `http://127.0.0.1:${HARNESS_PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { CG_PORT: String(HARNESS_PORT), CG_TOKEN: HARNESS_TOKEN, CG_DATA_DIR: 'test-results/web-data' },
  },
  projects: [
    { name: 'chromium', metadata: { shell: 'web' } },
    // Runs the same specs in the real desktop app when an Electron binary is installed (see fixtures).
    { name: 'electron', metadata: { shell: 'electron' } },
  ],
});
