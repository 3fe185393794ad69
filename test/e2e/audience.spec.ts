import { test, expect, screenshot, waitForSaved } from './fixtures';
import { HARNESS_URL } from './harness';

test('the audience view follows the facilitator through IndexedDB', async ({ page, app }) => {
  test.skip(!app.context, 'a second page of the same profile is a browser-harness check');
  await page.getByRole('button', { name: 'Open a sample workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Participants & context' })).toBeVisible();
  const workshopId = new URL(page.url()).hash.split('/')[2];
  // No second display in a browser tab: the button is not offered.
  await expect(page.getByRole('button', { name: 'Audience screen' })).toHaveCount(0);

  const audience = await app.context!.newPage();
  await audience.goto(`${HARNESS_URL}#/audience/${workshopId}`);
  const view = audience.getByTestId('audience');
  await expect(view.getByRole('heading', { name: 'Participants & context' })).toBeVisible();
  await expect(view).toContainText('Mary Marketer');

  await page.getByRole('button', { name: 'Next: Maturity check →' }).click();
  await waitForSaved(page);
  await expect(view.getByRole('heading', { name: 'Maturity check' })).toBeVisible();
  await screenshot(audience, 'audience-maturity');
  await audience.close();
});
