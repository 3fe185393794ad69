import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, rail, screenshot } from './fixtures';
import { HARNESS_PORT, HARNESS_TOKEN } from './harness';
import { agreementPath } from '../../shared/team-folder/names';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const fixture = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/signed-agreement.json'), 'utf8')) as { sealedPdf: string; version: { agreementId: string; version: number; contentHash: string; content: { organisation: string } } };

test('a team library folder: a colleague’s signed version joins the library, a conflict copy is a duplicate, a tampered file is never used', async ({ page, request }) => {
  const folder = mkdtempSync(join(tmpdir(), 'cg-team-e2e-'));
  const { agreementId, version, contentHash } = fixture.version;
  const path = agreementPath(agreementId, version, contentHash);
  const pdf = Buffer.from(fixture.sealedPdf, 'base64');
  mkdirSync(join(folder, 'agreements', agreementId), { recursive: true });
  // As a colleague's laptop would have left it, with a sync engine's conflict copy beside it.
  writeFileSync(join(folder, path), pdf);
  writeFileSync(join(folder, path.replace('.pdf', ' (1).pdf')), pdf);
  try {
    await rail(page, 'Settings', { exact: true }).click();
    const section = page.getByRole('region', { name: 'Team library folder' });
    await section.getByLabel('Folder on this computer').fill(join(folder, 'missing'));
    await section.getByRole('button', { name: 'Use this folder' }).click();
    await expect(section.getByRole('alert')).toContainText('is not a folder on this computer');
    await section.getByLabel('Folder on this computer').fill(folder);
    await section.getByRole('button', { name: 'Use this folder' }).click();
    await expect(section).toContainText(`Using ${folder}`);
    await expect(section).toContainText('1 sealed by a laptop you have not confirmed, 1 conflict copies');
    await expect(section.getByText('This laptop', { exact: true })).toBeVisible();
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(result.violations.map((v) => v.id), `settings (${theme})`).toEqual([]);
    }
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'team-folder-settings');

    // The colleague's version is in the library, once.
    await rail(page, 'Library', { exact: true }).click();
    await expect(page.getByRole('table', { name: 'Agreements' }).getByRole('row').filter({ hasText: fixture.version.content.organisation })).toHaveCount(1);
    const panel = page.getByRole('region', { name: 'Team folder' });
    await expect(panel.getByRole('row').filter({ hasText: 'Intact, sealed by an unconfirmed laptop' })).toHaveCount(1);
    await expect(panel.getByRole('row').filter({ hasText: 'Conflict copy (same record)' })).toHaveCount(1);

    // Someone edits the PDF in the folder: it is flagged, and the library keeps its good copy.
    const flipped = Buffer.from(pdf);
    flipped[Math.floor(flipped.length / 2)] ^= 0x20;
    writeFileSync(join(folder, path), flipped);
    await panel.getByRole('button', { name: 'Read the folder now' }).click();
    await expect(panel.getByRole('row').filter({ hasText: 'Tampered: not used' })).toHaveCount(1);
    await expect(page.getByRole('table', { name: 'Agreements' }).getByRole('row').filter({ hasText: fixture.version.content.organisation })).toHaveCount(1);
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(result.violations.map((v) => v.id), `library with the team folder (${theme})`).toEqual([]);
    }
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    await screenshot(page, 'team-folder-library');
  } finally {
    // The harness is shared by every spec: leave no team folder set for the others.
    await request.post(`http://127.0.0.1:${HARNESS_PORT}/ipc/setTeamFolder`, { headers: { 'X-CG-Token': HARNESS_TOKEN }, data: { path: null } });
  }
});
