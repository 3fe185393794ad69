import { test, expect, screenshot, waitForSaved } from './fixtures';
import type { Page } from '@playwright/test';

const openStep = (page: Page, name: string) => page.getByRole('list', { name: 'Agenda' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
const rowTexts = (page: Page) => page.getByTestId('commitment-row').locator('.commitment-text strong').allTextContents();

test('goals drive the funnel, the commitments and the pay-out, and survive a reload', async ({ page, app }) => {
  await page.getByRole('button', { name: 'Open a sample workshop' }).click();
  await openStep(page, 'Shared goals');

  await page.getByLabel('Revenue target per quarter').fill('900k');
  await expect(page.getByTestId('mql-headline')).toContainText('400 MQLs a quarter');
  await page.getByLabel('Revenue target per quarter').fill('1.2M');
  await page.getByLabel('Average deal size').fill('$30,000');
  await page.getByLabel('SQL→won rate').fill('25');
  await page.getByLabel('SAL→SQL rate').fill('60');
  await page.getByLabel('MQL→SAL rate').fill('50');
  await expect(page.getByTestId('mql-headline')).toContainText('534 MQLs a quarter');
  await expect(page.getByTestId('mql-headline')).toContainText('178 a month');
  await expect(page.getByTestId('funnel-sqls')).toContainText('160');
  await expect(page.getByTestId('funnel-sals')).toContainText('267');
  await expect(page.getByRole('figure', { name: /Funnel chart per quarter: MQL 534/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^\+5 pts → 55 % 48 fewer MQLs a quarter: set MQL→SAL to 55 %/ })).toBeVisible();
  await screenshot(page, 'goals-light');

  // A rate change moves the funnel and marketing's MQL commitment with it.
  await page.getByLabel('MQL→SAL rate').fill('55');
  await expect(page.getByTestId('mql-headline')).toContainText('486 MQLs a quarter');
  await expect(page.getByTestId('mql-headline')).toContainText('162 a month');
  await openStep(page, 'SLA commitments');
  const mqlRow = page.getByTestId('commitment-row').first();
  await expect(mqlRow.getByTestId('commitment-target')).toContainText('162');
  await expect(mqlRow.getByTestId('source')).toHaveText('From the funnel');

  // The split moves the worked example and the projection.
  await openStep(page, 'Incentive splits');
  await expect(page.getByTestId('example-sales')).toHaveText('$700');
  await expect(page.getByTestId('example-marketing')).toHaveText('$300');
  await page.getByLabel('Split of the pool: sales share').fill('50');
  await expect(page.getByTestId('example-sales')).toHaveText('$500');
  await expect(page.getByTestId('example-marketing')).toHaveText('$500');
  await expect(page.getByLabel('Marketing share')).toHaveValue('50');
  await expect(page.getByRole('table', { name: 'Pay-out projection' }).getByRole('row', { name: /^100 %/ })).toContainText('$60,000$60,000');
  await expect(page.getByTestId('payout-chart')).toHaveAttribute('aria-label', /100 %: sales \$60,000, marketing \$60,000/);
  await screenshot(page, 'incentives-light');

  // Add a commitment, then reorder by button and by keyboard drag.
  await openStep(page, 'SLA commitments');
  await page.getByRole('button', { name: 'Add a commitment' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Owner').selectOption('Joint');
  await dialog.getByLabel('Commitment', { exact: true }).fill('Share win/loss notes');
  await dialog.getByLabel('Metric').fill('Notes shared');
  await dialog.getByLabel('Target').fill('1');
  await dialog.getByLabel('Unit').fill('report');
  await dialog.getByLabel('Period').selectOption('monthly');
  await dialog.getByRole('button', { name: 'Add commitment' }).click();
  await expect(page.getByTestId('commitment-row')).toHaveCount(9);
  await page.getByRole('button', { name: 'Move "Share win/loss notes" up' }).click();
  expect((await rowTexts(page)).slice(-2)).toEqual(['Share win/loss notes', 'Monthly dispute review of rejected leads']);
  const handle = page.getByRole('button', { name: 'Reorder "Weekly pipeline review"' });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('"Weekly pipeline review" is over position 7 of 9')).toBeAttached();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText('"Weekly pipeline review" is over position 6', { exact: false })).toBeAttached();
  await page.keyboard.press('Space');
  await expect.poll(async () => (await rowTexts(page)).indexOf('Weekly pipeline review')).toBe(5);
  const order = await rowTexts(page);
  await screenshot(page, 'commitments-light');

  await waitForSaved(page);
  await app.reload();
  await expect(page.getByTestId('commitment-row')).toHaveCount(9);
  expect(await rowTexts(page)).toEqual(order);
  await openStep(page, 'Incentive splits');
  await expect(page.getByTestId('example-sales')).toHaveText('$500');
  await openStep(page, 'Shared goals');
  await expect(page.getByTestId('mql-headline')).toContainText('486 MQLs a quarter');

  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await screenshot(page, 'goals-dark');
  await page.getByRole('region', { name: 'The reverse funnel' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'goals-funnel-dark');
  await openStep(page, 'Incentive splits');
  await screenshot(page, 'incentives-dark');
  await page.getByTestId('payout-chart').scrollIntoViewIfNeeded();
  await screenshot(page, 'incentives-chart-dark');
  await openStep(page, 'SLA commitments');
  await page.getByRole('heading', { name: /^Commitments/ }).scrollIntoViewIfNeeded();
  await screenshot(page, 'commitments-dark');
});

test('typing over the MQL target sets it by hand until reset, and delete can be undone', async ({ page }) => {
  await page.getByRole('button', { name: 'Open a sample workshop' }).click();
  await openStep(page, 'SLA commitments');
  const first = 'Deliver MQLs that meet the lead definition';
  await page.getByRole('button', { name: `Edit "${first}"` }).click();
  await page.getByRole('dialog').getByLabel('Target').fill('200');
  await page.getByRole('dialog').getByRole('button', { name: 'Save commitment' }).click();
  const mqlRow = page.getByTestId('commitment-row').first();
  await expect(mqlRow.getByTestId('source')).toHaveText('Set by hand');
  await openStep(page, 'Shared goals');
  await page.getByLabel('MQL→SAL rate').fill('55');
  await openStep(page, 'SLA commitments');
  await expect(mqlRow.getByTestId('commitment-target')).toContainText('200');
  await page.getByRole('button', { name: `Reset "${first}" to the funnel` }).click();
  await expect(mqlRow.getByTestId('commitment-target')).toContainText('162');
  await expect(mqlRow.getByTestId('source')).toHaveText('From the funnel');

  await page.getByRole('button', { name: 'Delete "Weekly pipeline review"' }).click();
  await expect(page.getByText('Press Ctrl+Z to undo')).toBeVisible();
  await expect(page.getByTestId('commitment-row')).toHaveCount(7);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('commitment-row')).toHaveCount(8);
});

test('bad goals and incentive input get a clear message and are not saved', async ({ page }) => {
  await page.getByRole('button', { name: 'Open a sample workshop' }).click();
  await openStep(page, 'Shared goals');
  const rate = page.getByLabel('MQL→SAL rate');
  await rate.fill('0');
  await expect(page.getByText('MQL→SAL rate must be above 0 %')).toBeVisible();
  await rate.fill('120');
  await expect(page.getByText('MQL→SAL rate cannot exceed 100 %')).toBeVisible();
  await page.getByLabel('Average deal size').fill('-30000');
  await expect(page.getByText('Average deal size cannot be negative')).toBeVisible();
  await expect(page.getByTestId('mql-headline')).toContainText('534 MQLs a quarter');

  await openStep(page, 'Incentive splits');
  await page.getByLabel('Point 2 attainment (%)').fill('80');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText('Point 2 must have a higher attainment than 85 %');
  await page.getByLabel('Sales share', { exact: true }).fill('120');
  await expect(page.getByText('Split must be between 0 and 100 %')).toBeVisible();
  await expect(page.getByTestId('example-sales')).toHaveText('$700');
  await screenshot(page, 'incentives-errors-light');

  // Nothing bad reached the store: a fresh visit shows the saved values.
  await openStep(page, 'Shared goals');
  await expect(page.getByLabel('MQL→SAL rate')).toHaveValue('50');
  await expect(page.getByLabel('Average deal size')).toHaveValue('$30,000');
  await openStep(page, 'Incentive splits');
  await expect(page.getByLabel('Point 2 attainment (%)')).toHaveValue('90');
  await expect(page.getByLabel('Sales share', { exact: true })).toHaveValue('70');
});
