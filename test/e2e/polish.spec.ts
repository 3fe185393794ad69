import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, screenshot, waitForSaved, bothThemes, rail } from './fixtures';
import { MATURITY_STATEMENTS } from '../../shared/rules/maturity';


async function rateAll(page: Page, rating: number) {
  for (const s of MATURITY_STATEMENTS) await page.getByRole('radio', { name: `${s.topic}: ${rating} of 5` }).check();
}

/** The signed Northwind v1, brought in through the same import a person uses. */
async function importSignedAgreement(page: Page) {
  await page.getByLabel('Agreement file to import (JSON or sealed PDF)').setInputFiles(join(process.cwd(), 'test/fixtures/signed-agreement.json'));
  await expect(page.getByTestId('library-row')).toHaveCount(1);
}

test('the quarterly review keeps its save action in view at 1280×720 and scrolls to the end', async ({ page }) => {
  await importSignedAgreement(page);
  await page.getByRole('button', { name: /^Quarterly review of Northwind Analytics/ }).click();
  await expect(page.getByRole('heading', { name: /Quarterly review · Northwind Analytics 2027-Q1 v1/ })).toBeVisible();
  await page.getByLabel('MQLs delivered', { exact: true }).fill('1500');
  await page.getByRole('button', { name: 'Save actuals' }).click();
  await expect(page.getByTestId('scorecard-summary')).toBeVisible();

  // With the scorecard above it, the form starts below the fold; its save button still shows as soon as the form does.
  const save = page.getByRole('button', { name: 'Save actuals' });
  await page.getByRole('heading', { name: 'Actuals for 2027-Q1' }).scrollIntoViewIfNeeded();
  await expect(save).toBeInViewport({ ratio: 1 });
  await screenshot(page, 'polish-review-form-light');

  // The page scrolls all the way to its last field and button: nothing is cut off.
  const end = await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.scrollTop = main.scrollHeight;
    const notes = document.querySelector('.review-notes textarea')!.getBoundingClientRect();
    return { notesBottom: notes.bottom, viewport: window.innerHeight, scrolled: main.scrollTop > 0 };
  });
  expect(end.scrolled).toBe(true);
  expect(end.notesBottom).toBeLessThanOrEqual(end.viewport);
  await expect(save).toBeInViewport({ ratio: 1 });
  await bothThemes(page, 'polish-review-bottom');
});

test('maturity answers are locked after the reveal until the facilitator hides them again', async ({ page }) => {
  await page.getByRole('button', { name: 'Open a sample workshop' }).click();
  await rail(page, 'Maturity check').click();
  await expect(page.getByRole('heading', { name: 'Maturity check', level: 1 })).toBeVisible();
  await rateAll(page, 4);
  await page.getByRole('button', { name: 'Submit Marketing answers' }).click();
  await page.getByRole('tab', { name: 'Sales answers' }).click();
  await rateAll(page, 2);
  await page.getByRole('button', { name: 'Submit Sales answers' }).click();
  await page.getByRole('button', { name: 'Reveal' }).click();

  await expect(page.getByRole('note')).toContainText('Revealed — answers are locked.');
  const first = page.getByRole('radio', { name: `${MATURITY_STATEMENTS[0]!.topic}: 5 of 5` });
  await expect(first).toBeDisabled();
  await expect(page.getByRole('radio', { name: `${MATURITY_STATEMENTS[0]!.topic}: 2 of 5` })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Submit Sales answers' })).toHaveCount(0);
  await waitForSaved(page);
  await page.getByRole('note').scrollIntoViewIfNeeded();
  await bothThemes(page, 'polish-maturity-locked');

  await page.getByRole('button', { name: 'Hide again to re-open answers' }).click();
  await page.getByRole('button', { name: 'Change Sales answers' }).click();
  await expect(first).toBeEnabled();
  await first.check();
  await expect(first).toBeChecked();
});

test('the sample has a quarterly review date and scoring cards for its disqualifiers', async ({ page }) => {
  await page.getByRole('button', { name: 'Open a sample workshop' }).click();
  await rail(page, 'Lead definition').click();
  await expect(page.getByRole('list', { name: 'Disqualifying signals' })).toContainText('Student or researcher');

  await rail(page, 'Scoring criteria').click();
  const negative = page.getByRole('list', { name: 'Negative tier' });
  const student = negative.locator('li.sc-card').filter({ hasText: 'Student or researcher' });
  await expect(student).toContainText('Disqualifies');
  await expect(negative.locator('li.sc-card').filter({ hasText: 'Existing customer' })).toContainText('Disqualifies');
  const sam = page.getByTestId('lead-lead-2');
  await expect(sam.getByText('Disqualified', { exact: true })).toBeVisible();
  await expect(sam).toContainText('disqualified by “Student or researcher”');
  await student.scrollIntoViewIfNeeded();
  await bothThemes(page, 'polish-sample-scoring');

  await rail(page, 'SLA commitments').click();
  await expect(page.getByLabel('Review date')).toHaveValue('2027-04-08');
});

test('an empty library offers no export, and the hidden file pickers stay out of the way', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Find common ground' })).toBeVisible();
  const exportButton = page.getByRole('button', { name: 'Export library' });
  await expect(exportButton).toBeDisabled();
  await expect(exportButton).toHaveAccessibleDescription('Nothing to export yet: the library is empty.');
  await expect(page.getByRole('button', { name: 'Import library…' })).toBeEnabled();
  // The pickers behind the buttons are neither announced nor reachable with Tab.
  for (const name of ['Library file to import', 'Agreement file to import (JSON or sealed PDF)']) {
    const picker = page.getByLabel(name);
    await expect(picker).toHaveAttribute('aria-hidden', 'true');
    await expect(picker).toHaveAttribute('tabindex', '-1');
  }
  await bothThemes(page, 'polish-first-run');

  // Once something is in the library, export is offered.
  await importSignedAgreement(page);
  await expect(page.getByRole('button', { name: 'Export library' })).toBeEnabled();

  // Verify: the visible button opens the picker; the picker itself is hidden from assistive technology.
  await rail(page, 'Verify a PDF').click();
  await expect(page.getByRole('button', { name: 'Choose a PDF…' })).toBeVisible();
  await expect(page.getByLabel('Choose a PDF to verify')).toHaveAttribute('aria-hidden', 'true');
  await bothThemes(page, 'polish-verify');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a PDF…' }).click();
  expect((await chooser).isMultiple()).toBe(false);
});
