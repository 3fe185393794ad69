import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, screenshot } from './fixtures';

async function bothThemes(page: Page, name: string) {
  await screenshot(page, `${name}-light`);
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await screenshot(page, `${name}-dark`);
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
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
