import { test, expect, screenshot, waitForSaved } from './fixtures';

test('first run offers a new workshop and a sample', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Find common ground' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open a sample workshop' })).toBeVisible();
  await screenshot(page, 'first-run-light');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await screenshot(page, 'first-run-dark');
});

test('creates a workshop, reloads, and finds it again in IndexedDB', async ({ page, app }) => {
  await page.getByRole('button', { name: 'New workshop' }).first().click();
  await page.getByLabel('Organisation').fill('Acme Robotics');
  await page.getByLabel('Quarter').fill('2027-Q5');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByText('Quarter must look like 2027-Q1')).toBeVisible();
  await page.getByLabel('Quarter').fill('2027-Q2');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Participants & context' })).toBeVisible();

  await page.getByLabel('Name').fill('Mary Marketer');
  await page.getByRole('button', { name: 'Add participant' }).click();
  await page.getByLabel('Name').fill('Sammy Sales');
  await page.getByLabel('Team').selectOption('Sales');
  await page.getByRole('button', { name: 'Add participant' }).click();
  await expect(page.getByRole('table', { name: 'Participants' }).getByRole('row')).toHaveCount(3);
  await waitForSaved(page);
  await screenshot(page, 'participants-light');

  await app.reload();
  await expect(page.getByRole('table', { name: 'Participants' })).toContainText('Sammy Sales');
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.getByRole('table', { name: 'Agreements' })).toContainText('Acme Robotics');
});

test('a duplicate participant is refused with a message and not saved', async ({ page }) => {
  await page.getByRole('button', { name: 'Open a sample workshop' }).click();
  await page.getByLabel('Name').fill('Mary Marketer');
  await page.getByRole('button', { name: 'Add participant' }).click();
  await expect(page.getByText('Mary Marketer is already listed in Marketing')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Participants' }).getByRole('row')).toHaveCount(6);
});

test('undo and redo an edit', async ({ page }) => {
  await page.getByRole('button', { name: 'Open a sample workshop' }).click();
  await page.getByRole('button', { name: 'Remove Ola Brandt' }).click();
  await expect(page.getByRole('table', { name: 'Participants' })).not.toContainText('Ola Brandt');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('table', { name: 'Participants' })).toContainText('Ola Brandt');
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByRole('table', { name: 'Participants' })).not.toContainText('Ola Brandt');
});

test('the IPC bridge answers, refuses bad input and strangers', async ({ page }) => {
  const result = await page.evaluate(async () => {
    const token = new URLSearchParams(location.search).get('token')!;
    const call = (method: string, body: unknown, t = token) =>
      fetch(`/ipc/${method}`, { method: 'POST', headers: { 'X-CG-Token': t, 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
    return {
      good: await call('getAppInfo', {}),
      bad: await call('saveFile', { suggestedName: '../../etc/passwd', base64: '' }),
      stranger: await call('getAppInfo', {}, 'not-the-token'),
    };
  });
  expect(result.good.ok).toBe(true);
  expect(result.bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  expect(result.bad.error.message).toContain('path separators');
  expect(result.stranger).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
});
