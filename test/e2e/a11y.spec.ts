import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what issue 19 asks every screen to meet. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const THEMES = ['light', 'dark'] as const;

interface Finding {
  rule: string;
  help: string;
  targets: Set<string>;
  where: Set<string>;
  summary: string;
}

const rail = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });
/** Agenda buttons also say their minutes ("Maturity check 20 minutes"). */
const stepRail = (page: Page, name: string) => page.getByRole('list', { name: 'Agenda' }).getByRole('button', { name: new RegExp(`^${name}`) });
const stepHeading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 });

/** One page for the whole walk: each screen is scanned in both themes at both sizes, and every finding is kept for one report at the end. */
class Scanner {
  readonly findings = new Map<string, Finding>();
  scans = 0;
  constructor(private readonly page: Page) {}

  async scan(screen: string) {
    const { page } = this;
    const started = Date.now();
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      for (const theme of THEMES) {
        await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
        // Everything but colour is the same in both themes: the second theme at each size checks colour only, which keeps the walk short.
        const builder = new AxeBuilder({ page }).withTags(TAGS);
        if (theme === 'dark') builder.withRules(['color-contrast', 'link-in-text-block']);
        const result = await builder.analyze();
        this.scans += 1;
        for (const violation of result.violations) {
          for (const node of violation.nodes) {
            const target = node.target.map(String).join(' ');
            const key = `${violation.id} ${target}`;
            const finding = this.findings.get(key) ?? { rule: violation.id, help: violation.help, targets: new Set(), where: new Set(), summary: node.failureSummary?.split('\n').slice(0, 2).join(' ') ?? '' };
            finding.targets.add(target);
            finding.where.add(`${screen} (${theme}, ${viewport.width}px)`);
            this.findings.set(key, finding);
          }
        }
      }
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    if (process.env.CG_A11Y_TIMING) console.log(`${screen}: ${Date.now() - started} ms`);
  }

  report(): string {
    const lines = [...this.findings.values()].map((f) => `- ${f.rule} at ${[...f.targets].join(', ')}: ${f.help}. ${f.summary} — on ${[...f.where].slice(0, 4).join('; ')}${f.where.size > 4 ? ` and ${f.where.size - 4} more` : ''}`);
    return `${this.findings.size} accessibility violation(s) in ${this.scans} scans:\n${lines.join('\n')}`;
  }
}

test('every screen and dialog meets WCAG 2.2 A/AA in both themes at 1280×720 and 390×844', async ({ page }) => {
  test.setTimeout(600_000); // about 2.5 min on a 2-core machine; margin for one half as fast (a timeout here is a failure, never a retry)
  const axe = new Scanner(page);
  // Whatever stops the walk early, say what was found up to there.
  try {
    await walk(page, axe);
  } finally {
    console.log(axe.report());
  }
  expect(axe.findings.size, axe.report()).toBe(0);
});

async function walk(page: Page, axe: Scanner) {
  // Colour transitions would let axe read a colour half-way between two themes.
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });

  // Launch: the first run, with an empty library.
  await expect(page.getByRole('heading', { name: 'Find common ground' })).toBeVisible();
  await axe.scan('first run');

  // The sample workshop, step by step, with its dialogs.
  await page.getByRole('button', { name: 'Open a sample workshop' }).click();
  await expect(stepHeading(page, 'Participants & context')).toBeVisible();
  await axe.scan('participants');

  await page.getByRole('button', { name: /^Timebox: \d+ min/ }).click();
  await expect(page.getByRole('dialog', { name: 'Timeboxes' })).toBeVisible();
  await axe.scan('timebox dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: /^Parking lot/ }).click();
  await expect(page.getByRole('dialog', { name: 'Parking lot' })).toBeVisible();
  await axe.scan('parking lot drawer');
  await page.keyboard.press('Escape');

  await page.locator('body').press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await axe.scan('keyboard shortcuts');
  await page.keyboard.press('Escape');

  for (const step of ['Maturity check', 'Lead definition']) {
    await stepRail(page, step).click();
    await expect(stepHeading(page, step)).toBeVisible();
    await axe.scan(step);
  }

  await stepRail(page, 'Scoring criteria').click();
  await expect(page.getByRole('list', { name: 'Weak tier' })).toBeVisible();
  await axe.scan('scoring board');
  await page.getByRole('button', { name: '+ Add criterion' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a criterion' })).toBeVisible();
  await axe.scan('add criterion dialog');
  await page.keyboard.press('Escape');
  for (const tab of ['Model settings', 'Team rankings']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await axe.scan(`scoring ${tab}`);
  }

  for (const step of ['Shared goals', 'Incentive splits', 'SLA commitments']) {
    await stepRail(page, step).click();
    await expect(stepHeading(page, step)).toBeVisible();
    await axe.scan(step);
  }
  await page.getByRole('button', { name: 'Add a commitment' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a commitment' })).toBeVisible();
  await axe.scan('add commitment dialog');
  await page.keyboard.press('Escape');

  for (const step of ['Review & sign', 'Export']) {
    await stepRail(page, step).click();
    await expect(stepHeading(page, step)).toBeVisible();
    await axe.scan(`${step} (draft)`);
  }

  // The library with rows: the sample draft and Northwind's signed v1.
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await page.getByLabel('Agreement file to import (JSON or sealed PDF)').setInputFiles(join(process.cwd(), 'test/fixtures/signed-agreement.json'));
  await expect(page.getByTestId('library-row')).toHaveCount(2);
  await axe.scan('library');

  // Opening an agreement with Enter puts focus on the workshop's heading, not on the page body.
  const signedRow = page.getByTestId('library-row').filter({ hasText: 'Imported, not verified' });
  await signedRow.getByRole('button', { name: /^Open Northwind Analytics/ }).focus();
  await page.keyboard.press('Enter');
  const workshopHeading = page.locator('#main h1');
  await expect(workshopHeading).toBeVisible();
  await expect.soft(workshopHeading, 'opening from the library moves focus to the workshop heading').toBeFocused();
  for (const step of ['Review & sign', 'Export']) {
    await stepRail(page, step).click();
    await expect(stepHeading(page, step)).toBeVisible();
    await axe.scan(`${step} (signed)`);
  }

  // History and compare, then the quarterly review with its scorecard and trend.
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await signedRow.getByRole('button', { name: /^History of Northwind Analytics/ }).click();
  await expect(page.getByRole('heading', { name: 'Northwind Analytics — version history' })).toBeVisible();
  await axe.scan('history');

  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await signedRow.getByRole('button', { name: /^Quarterly review of Northwind Analytics/ }).click();
  await expect(page.getByRole('heading', { name: /Quarterly review · Northwind Analytics 2027-Q1 v1/ })).toBeVisible();
  await page.getByLabel('MQLs delivered', { exact: true }).fill('1500');
  await page.getByLabel('Revenue (USD)', { exact: true }).fill('1250000');
  await page.getByRole('button', { name: 'Save actuals' }).click();
  await expect(page.getByTestId('scorecard-summary')).toBeVisible();
  await axe.scan('quarterly review');
  await page.getByRole('button', { name: /^Start next quarter/ }).click();
  await expect(page.getByRole('dialog', { name: /^Start / })).toBeVisible();
  await axe.scan('next quarter dialog');
  await page.keyboard.press('Escape');

  // Backups, with a backup to restore.
  await rail(page, 'Backups').click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/Backup saved/)).toBeVisible({ timeout: 30_000 });
  await axe.scan('backups');
  await page.getByTestId('backup-row').first().getByRole('button', { name: /Restore the backup/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await axe.scan('restore dialog');
  await page.keyboard.press('Escape');

  for (const [screen, heading] of [['Settings', 'Settings'], ['Verify a PDF', /Verify/], ['New workshop', 'New workshop']] as const) {
    await rail(page, screen).click();
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await axe.scan(screen);
  }

  await screenshot(page, 'a11y-last-screen');
}
