import { test, expect, screenshot, rail } from './fixtures';
import type { Page } from '@playwright/test';

const dailyBox = (page: Page) => page.getByRole('checkbox', { name: 'Back up the library automatically once a day' });

test('your name becomes the facilitator of a new workshop, and survives a reload', async ({ page, app }) => {
  await rail(page, 'Settings', { exact: true }).click();
  const name = page.getByLabel('Your name');
  await expect(name).toHaveValue('');
  await name.fill('Riley Chen');
  await expect(page.getByTestId('facilitator-save-state')).toHaveText('✓ Saved');
  await screenshot(page, 'settings-light');
  await page.locator('#main').getByRole('button', { name: 'Switch to dark theme' }).click();
  await screenshot(page, 'settings-dark');

  await rail(page, 'New workshop', { exact: true }).click();
  await expect(page.getByLabel('Facilitator')).toHaveValue('Riley Chen');

  await app.reload();
  await rail(page, 'Settings', { exact: true }).click();
  await expect(page.getByLabel('Your name')).toHaveValue('Riley Chen');
});

test('a name over 120 characters is refused inline and not saved', async ({ page, app }) => {
  await rail(page, 'Settings', { exact: true }).click();
  const name = page.getByLabel('Your name');
  await name.fill('Riley Chen');
  await expect(page.getByTestId('facilitator-save-state')).toHaveText('✓ Saved');
  await name.fill('R'.repeat(121));
  await expect(page.getByText('The facilitator’s name can be at most 120 characters')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('facilitator-save-state')).toHaveText('Not saved');
  await screenshot(page, 'settings-name-too-long');

  await app.reload();
  await rail(page, 'Settings', { exact: true }).click();
  await expect(page.getByLabel('Your name')).toHaveValue('Riley Chen');
  await rail(page, 'New workshop', { exact: true }).click();
  await expect(page.getByLabel('Facilitator')).toHaveValue('Riley Chen');
});

test('switching daily backups off shows on the Backups screen, and survives a reload', async ({ page, app }) => {
  await rail(page, 'Backups', { exact: true }).click();
  await expect(page.getByTestId('daily-backups-state')).toContainText('Daily backups are on');
  await page.getByRole('button', { name: 'Change in Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();

  await expect(dailyBox(page)).toBeChecked();
  await dailyBox(page).uncheck();
  await expect(page.getByTestId('daily-backups-save-state')).toHaveText('✓ Saved');
  await page.getByRole('button', { name: 'See the backups' }).click();
  await expect(page.getByTestId('daily-backups-state')).toContainText('Daily backups are off');
  await screenshot(page, 'backups-daily-off');

  await app.reload();
  await expect(page.getByTestId('daily-backups-state')).toContainText('Daily backups are off');
  await rail(page, 'Settings', { exact: true }).click();
  await expect(dailyBox(page)).not.toBeChecked();
});
