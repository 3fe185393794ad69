import type { Page } from '@playwright/test';
import { test, expect, screenshot, waitForSaved, bothThemes, rail } from './fixtures';


/** Picks the signer, consents, and types the name as the signature. */
async function typeSignature(page: Page, participantId: string, name: string) {
  const signing = page.getByRole('complementary', { name: 'Signing' });
  await signing.getByLabel('Who is signing?').selectOption(participantId);
  await signing.getByRole('checkbox', { name: /I agree to sign version 1/ }).check();
  await signing.getByText('Type', { exact: true }).click();
  await signing.getByLabel('Type your full name').fill(name);
  return signing.getByRole('button', { name: `Sign as ${name}` });
}

/** Opens a step from the rail and checks every native field of it (not navigation, banner or top bar) is disabled. */
async function expectStepLocked(page: Page, step: string) {
  await rail(page, new RegExp(step)).click();
  // The step loads lazily: wait for its own heading and fields before judging them.
  await expect(page.getByRole('heading', { level: 1, name: step })).toBeVisible();
  const fields = page.locator('.step-content').locator('input:not([type=hidden]), textarea, select');
  await expect(fields.first()).toBeVisible();
  await expect(page.locator('.step-content').locator('input:not([type=hidden]):enabled, textarea:enabled, select:enabled')).toHaveCount(0);
  await expect(page.getByTestId('frozen-banner')).toHaveCount(1);
  await expect(page.getByTestId('frozen-banner')).toContainText(/Signed v1 on .+ — read-only\. Revise to make changes/);
}

test('an objection asks before the first signature; a signed version is read-only on every step until Revise', async ({ page }) => {
  test.setTimeout(120_000);
  await page.getByRole('button', { name: 'Open a sample workshop' }).click();
  await waitForSaved(page);

  // The top bar: title with room, a Present button, a labelled timebox; the consent bar explains itself.
  await expect(page.getByRole('button', { name: /^Present/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Timebox: \d+ min/ })).toBeVisible();
  await expect(page.locator('.topbar-heading')).toHaveAttribute('title', /^Northwind Analytics · .+ · 2027-Q1$/);
  await rail(page, /Shared goals/).click();
  await expect(page.getByText(/Fist of five/)).toBeVisible();
  await page.getByLabel('Sales objection (reason)').fill('The revenue target is a stretch');
  await waitForSaved(page);
  await bothThemes(page, 'workshop-rail');

  // First signature: the open objection is named before anything freezes.
  await rail(page, /Review & sign/).click();
  let sign = await typeSignature(page, 'p-mary', 'Mary Marketer');
  await sign.click();
  const dialog = page.getByRole('dialog', { name: 'Sign with open items?' });
  await expect(dialog).toContainText('Sales objects to Shared goals: The revenue target is a stretch');
  await screenshot(page, 'sign-anyway-dialog-light');
  await dialog.getByRole('button', { name: 'Go back' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('frozen-banner')).toHaveCount(0);
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await sign.click();
  await screenshot(page, 'sign-anyway-dialog-dark');
  await dialog.getByRole('button', { name: 'Sign anyway' }).click();
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(page.getByRole('list', { name: 'Signers' }).getByRole('listitem').filter({ hasText: 'Mary Marketer' })).toContainText('signed (typed)');
  await expect(page.getByTestId('frozen-banner')).toContainText(/Signing of v1 started .+ — read-only/);

  // The second signer is not asked again, and signing stays possible while the content is frozen.
  sign = await typeSignature(page, 'p-sammy', 'Sammy Sales');
  await sign.click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('frozen-banner')).toContainText('Signed v1 on');
  await expect(page.getByRole('heading', { name: 'Open before signing' })).toHaveCount(0);

  // Every step is read-only, with one calm banner; navigation, presenter and export stay live.
  await expectStepLocked(page, 'Participants & context');
  await expect(page.getByRole('button', { name: 'Remove Ola Brandt' })).toBeDisabled();
  await expect(page.getByRole('button', { name: /^Next: Maturity check/ })).toBeEnabled();
  await bothThemes(page, 'signed-participants');
  await expectStepLocked(page, 'Lead definition');
  await expectStepLocked(page, 'Shared goals');
  await expect(page.getByLabel('Sales objection (reason)')).toBeDisabled();
  await expectStepLocked(page, 'Scoring criteria');
  await expect(page.getByRole('tab')).toHaveCount(3);
  for (const tab of await page.getByRole('tab').all()) await expect(tab).toBeEnabled();
  await expectStepLocked(page, 'SLA commitments');
  await bothThemes(page, 'signed-commitments');
  await page.getByRole('button', { name: /^Present/ }).click();
  await expect(page.getByRole('dialog', { name: 'Presenter view' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Presenter view' })).toHaveCount(0);
  await rail(page, /Export/).click();
  await expect(page.getByRole('button', { name: 'Export sealed PDF' })).toBeEnabled();

  // Revise: version 2 is an editable draft.
  await page.getByTestId('frozen-banner').getByRole('button', { name: 'Revise' }).click();
  // It asks first; Cancel changes nothing.
  const ask = page.getByRole('dialog', { name: 'Revise version 1?' });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('frozen-banner')).toBeVisible();
  await page.getByTestId('frozen-banner').getByRole('button', { name: 'Revise' }).click();
  await ask.getByRole('button', { name: 'Start a new draft' }).click();
  // The draft opens on the step the facilitator was on (Export), not on Review.
  await expect(page.getByTestId('frozen-banner')).toHaveCount(0);
  await expect(page).toHaveURL(/\/export$/);
  await rail(page, /Review & sign/).click();
  await expect(page.getByText('Draft version 2: a revision of a signed version.')).toBeVisible();
  await rail(page, /Participants & context/).click();
  await expect(page.getByLabel('Organisation')).toBeEnabled();
  await page.getByLabel('Organisation').fill('Northwind Analytics GmbH');
  await waitForSaved(page);
  await expect(page.getByLabel('Organisation')).toHaveValue('Northwind Analytics GmbH');
});
