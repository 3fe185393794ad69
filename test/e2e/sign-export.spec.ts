import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, screenshot, waitForSaved, rail } from './fixtures';


/** Signs in a zigzag across the box with the mouse, the way a person scribbles a name. */
async function drawSignature(page: Page) {
  await page.getByTestId('signature-canvas').scrollIntoViewIfNeeded();
  const box = (await page.getByTestId('signature-canvas').boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + box.height * 0.7);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(box.x + 30 + i * 25, box.y + box.height * (i % 2 === 0 ? 0.7 : 0.3), { steps: 4 });
  }
  await page.mouse.up();
}

async function chooseSigner(page: Page, participantId: string) {
  const signing = page.getByRole('complementary', { name: 'Signing' });
  await signing.getByLabel('Who is signing?').selectOption(participantId);
  await signing.getByRole('checkbox', { name: /I agree to sign version 1/ }).check();
  return signing;
}

test('two signers sign in turn, the version freezes, a sealed PDF verifies, and Revise makes version 2', async ({ page }) => {
  test.setTimeout(120_000);
  await page.getByRole('button', { name: 'Open a sample workshop' }).click();
  await waitForSaved(page);
  await rail(page, /Review & sign/).click();
  await expect(page.getByRole('heading', { name: 'Review & sign', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Scoring criteria and points' })).toBeVisible();
  await expect(page.getByTestId('content-hash')).toHaveAttribute('title', /^[0-9a-f]{64}$/);
  await screenshot(page, 'review-light');
  await page.getByRole('table', { name: 'Scoring criteria and points' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'review-agreement-light');

  // Signer 1 draws with the mouse; a straight line is refused first.
  let signing = await chooseSigner(page, 'p-mary');
  await page.getByTestId('signature-canvas').scrollIntoViewIfNeeded();
  const box = (await page.getByTestId('signature-canvas').boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 100);
  await page.mouse.down();
  await page.mouse.move(box.x + 300, box.y + 102, { steps: 10 });
  await page.mouse.up();
  await signing.getByRole('button', { name: 'Sign as Mary Marketer' }).click();
  await expect(signing.getByRole('alert')).toContainText(/straight line|too small/);
  await signing.getByRole('button', { name: 'Clear drawing' }).click();
  await drawSignature(page);
  await screenshot(page, 'signing-light');
  await signing.getByRole('button', { name: 'Sign as Mary Marketer' }).click();
  await expect(page.getByRole('list', { name: 'Signers' }).getByRole('listitem').filter({ hasText: 'Mary Marketer' })).toContainText('signed (drawn)');

  // The panel is empty again for the next signer: no name, no consent, no drawing.
  await expect(signing.getByLabel('Who is signing?')).toHaveValue('');
  await expect(signing.getByRole('checkbox', { name: /I agree/ })).toHaveCount(0);
  await expect(page.getByTestId('frozen-banner')).toBeVisible();

  // Signer 2 types their name.
  signing = await chooseSigner(page, 'p-sammy');
  await signing.getByText('Type', { exact: true }).click();
  await signing.getByLabel('Type your full name').fill('Sammy Sales');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await screenshot(page, 'signing-dark');
  await signing.getByRole('button', { name: 'Sign as Sammy Sales' }).click();
  await expect(page.getByTestId('frozen-banner')).toContainText('Signed v1 on');
  await screenshot(page, 'review-dark');
  await page.getByRole('button', { name: 'Switch to light theme' }).click();

  // A frozen version is read-only: its controls are disabled, and nothing changes.
  await rail(page, /Participants & context/).click();
  await expect(page.getByRole('button', { name: 'Remove Ola Brandt' })).toBeDisabled();
  await expect(page.getByRole('table', { name: 'Participants' })).toContainText('Ola Brandt');

  // Export: sealed, and poppler agrees that the seal covers the whole file.
  await rail(page, /Export/).click();
  await page.getByRole('button', { name: 'Export sealed PDF' }).click();
  await expect(page.getByTestId('export-result')).toContainText('Sealed PDF saved', { timeout: 30_000 });
  const saved = resolve((await page.getByTestId('export-path').textContent())!.trim());
  expect(saved).toContain(resolve('test-results/web-data/downloads'));
  expect(existsSync(saved)).toBe(true);
  await expect(page.getByTestId('export-sha256')).toHaveText(/^[0-9a-f]{64}$/);
  const pdfsig = execFileSync('pdfsig', [saved], { encoding: 'utf8' });
  expect(pdfsig).toContain('Signature is Valid.');
  expect(pdfsig).toContain('Total document signed');

  // Verify screen reads the same file and says it is intact.
  await rail(page, /Verify a PDF/).click();
  await page.getByLabel('Choose a PDF to verify').setInputFiles(saved);
  await expect(page.getByTestId('verify-report')).toContainText('the seal is intact and covers the whole file', { timeout: 30_000 });
  await expect(page.getByRole('table', { name: 'Signers' })).toContainText('Mary Marketer');
  await expect(page.getByRole('table', { name: 'Signers' })).toContainText('Sammy Sales');
  await screenshot(page, 'verify-light');
  await page.getByRole('button', { name: 'Import into library' }).click();
  await expect(page.getByText(/already in your library/)).toBeVisible();
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await screenshot(page, 'verify-dark');
  await page.getByRole('button', { name: 'Switch to light theme' }).click();

  // Revise: version 2 is a new draft without signatures.
  await rail(page, /Review & sign/).click();
  await page.getByRole('button', { name: 'Revise' }).click();
  await page.getByRole('dialog', { name: 'Revise version 1?' }).getByRole('button', { name: 'Start a new draft' }).click();
  await expect(page.getByText('Draft version 2: a revision of a signed version.')).toBeVisible();
  await expect(page.getByTestId('frozen-banner')).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Signing' }).getByTestId('signing-version')).toHaveText('2');
  await rail(page, /Participants & context/).click();
  await page.getByRole('button', { name: 'Remove Ola Brandt' }).click();
  await expect(page.getByRole('table', { name: 'Participants' })).not.toContainText('Ola Brandt');
});
