import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, bothThemes } from './fixtures';
import type { AgreementFile, AgreementVersion } from '../../shared/model/agreement';
import { blankContent, defaultAgenda } from '../../shared/template/sales-marketing';
import { contentHash } from '../../shared/rules/canonical';
import { LIBRARY_FILE_KIND, type LibraryFile } from '../../shared/rules/import-file';

const COUNT = 10_000;
const STATUSES = ['draft', 'signing', 'signed', 'superseded', 'draft'] as const;

/** 10,000 small but valid agreement versions, plus Northwind's real signed v1 and an edited v2 draft. */
function makeLibrary(): LibraryFile {
  const signed = (JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/signed-agreement.json'), 'utf8')) as AgreementFile).version;
  const versions: AgreementVersion[] = [];
  const workshops: LibraryFile['workshops'] = [];
  const base = Date.UTC(2026, 0, 1);
  for (let i = 0; i < COUNT - 2; i += 1) {
    const organisation = i === 4242 ? 'Zebra Unique Holdings' : `Company ${String(i % 97).padStart(2, '0')}`;
    const quarter = `${2025 + (i % 3)}-Q${(i % 4) + 1}`;
    const content = blankContent({ organisation, title: `Agreement ${i}`, quarter, date: '2026-01-15' });
    content.scoring.sampleLeads = [];
    const status = i === 4242 ? 'draft' : STATUSES[i % STATUSES.length]!;
    const sealed = status === 'signed' || status === 'superseded';
    if (sealed) content.commitments.reviewDate = i % 2 ? '2026-03-31' : '2099-03-31';
    const at = new Date(base + i * 60_000).toISOString();
    const id = `ver-${i}`;
    versions.push({
      id,
      agreementId: `agr-${i}`,
      version: 1,
      status,
      content,
      contentHash: sealed || status === 'signing' ? contentHash(content) : null,
      signatures: [],
      previousVersionId: null,
      workshopId: status === 'draft' ? `ws-${i}` : null,
      createdAt: at,
      updatedAt: at,
      frozenAt: sealed ? at : null,
    });
    if (status === 'draft') workshops.push(workshopRow(`ws-${i}`, id, `agr-${i}`, at));
  }
  const v2content = structuredClone(signed.content);
  v2content.quarter = '2027-Q2';
  v2content.scoring.settings.mqlThreshold += 10;
  v2content.commitments.rows = v2content.commitments.rows.slice(1);
  const now = new Date().toISOString();
  versions.push(signed, {
    ...signed,
    id: 'ver-northwind-v2',
    version: 2,
    status: 'draft',
    content: v2content,
    contentHash: null,
    signatures: [],
    previousVersionId: signed.id,
    workshopId: 'ws-northwind-v2',
    createdAt: now,
    updatedAt: now,
    frozenAt: null,
  });
  workshops.push(workshopRow('ws-northwind-v2', 'ver-northwind-v2', signed.agreementId, now));
  return { kind: LIBRARY_FILE_KIND, schemaVersion: 1, exportedAt: now, versions, workshops, auditEvents: [], reviews: [] };
}

function workshopRow(id: string, versionId: string, agreementId: string, at: string): LibraryFile['workshops'][number] {
  return {
    id,
    versionId,
    agreementId,
    agenda: defaultAgenda(),
    consents: [],
    parkingLot: [],
    maturity: { Marketing: { answers: {}, submitted: false }, Sales: { answers: {}, submitted: false }, revealed: false },
    rankings: { Marketing: { order: [], submitted: false }, Sales: { order: [], submitted: false }, revealed: false },
    createdAt: at,
    updatedAt: at,
  };
}

const rows = (page: Page) => page.getByTestId('library-row');
const search = (page: Page) => page.getByRole('searchbox', { name: 'Search' });

test('10,000 agreements: search, filter, diff, review, next quarter, backup, delete and restore', async ({ page }) => {
  test.setTimeout(420_000);
  mkdirSync('test-results', { recursive: true });
  const file = join(process.cwd(), 'test-results', 'e2e-library-10000.json');
  writeFileSync(file, JSON.stringify(makeLibrary()));

  // Seed through the same import path a person uses.
  await page.getByLabel('Library file to import').setInputFiles(file);
  await expect(page.getByText('Imported 10,000 agreement versions')).toBeVisible({ timeout: 180_000 });
  await expect(page.getByTestId('library-range')).toContainText('of 10,000', { timeout: 30_000 });
  await expect(rows(page)).toHaveCount(50);

  // Search and filter find the right rows among 10,000 (how fast is `npm run bench`'s job, not a timed test's).
  await search(page).fill('zebra uniq');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Zebra Unique Holdings');
  await search(page).fill('');
  await page.getByLabel('Status', { exact: true }).selectOption('signed');
  await page.getByLabel('Organisation').selectOption('Company 07');
  await expect(rows(page).first()).toContainText('Company 07');
  for (const text of await rows(page).allInnerTexts()) expect(text).toMatch(/Company 07[\s\S]*Signed/);
  await expect(page.getByText('Review due').first()).toBeVisible();
  await page.getByLabel('Status', { exact: true }).selectOption('');
  await page.getByLabel('Organisation').selectOption('');
  await search(page).fill('northwind');
  await expect(rows(page)).toHaveCount(2);
  await search(page).fill('');
  await page.getByLabel('Sort').selectOption('updated-desc');
  await expect(rows(page)).toHaveCount(50);
  await bothThemes(page, 'library-list');

  // Two versions of Northwind side by side.
  await search(page).fill('northwind');
  await page.getByRole('button', { name: 'History of Northwind Analytics 2027-Q1 version 1' }).click();
  await expect(page.getByRole('heading', { name: 'Northwind Analytics — version history' })).toBeVisible();
  await expect(page.getByTestId('diff-summary')).toContainText('from v1 (2027-Q1) to v2 (2027-Q2)');
  await expect(page.getByText(/MQL threshold \d+ → \d+/)).toBeVisible();
  await expect(page.getByText(/Quarter 2027-Q1 → 2027-Q2/)).toBeVisible();
  await bothThemes(page, 'library-diff');

  // Actuals for the signed v1: a bad number is refused inline, then the scorecard.
  await page.getByRole('button', { name: 'Quarterly review of v1' }).click();
  await page.getByLabel('MQLs delivered', { exact: true }).fill('lots');
  await expect(page.getByText('MQLs delivered must be a number')).toBeVisible();
  await page.getByRole('button', { name: 'Save actuals' }).click();
  await expect(page.getByTestId('scorecard-summary')).toHaveCount(0);
  await page.getByLabel('MQLs delivered', { exact: true }).fill('1500');
  await page.getByLabel('SQLs', { exact: true }).fill('260');
  await page.getByLabel('Deals won', { exact: true }).fill('31');
  await page.getByLabel('Revenue (USD)', { exact: true }).fill('1250000');
  await page.getByLabel('Median time to first contact (hours)', { exact: true }).fill('30');
  await page.getByLabel('MQLs accepted or rejected within 24 h (%)', { exact: true }).fill('92');
  await page.getByLabel(/Review notes/).fill('Rejections need a reason code');
  await page.getByRole('button', { name: 'Save actuals' }).click();
  await expect(page.getByTestId('scorecard-summary')).toContainText(/measured lines met/);
  const scorecard = page.getByRole('table', { name: 'Scorecard' });
  await expect(scorecard).toContainText('MQLs delivered');
  await expect(scorecard.getByText(/^(Met|Missed|Partly met)$/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /Trend across quarters/ })).toBeVisible();
  await page.getByRole('heading', { name: 'Scorecard' }).scrollIntoViewIfNeeded();
  await bothThemes(page, 'quarterly-review');

  // Next quarter: the 2027-Q2 draft already started (v2) opens, with the review notes in its parking lot; no second draft.
  await expect(page.getByTestId('quarter-payout')).toContainText(/the plan pays .* of the on-target bonus/);
  await page.getByRole('button', { name: 'Start next quarter (2027-Q2)' }).click();
  const ask = page.getByRole('dialog', { name: 'Start 2027-Q2' });
  await expect(ask.getByLabel('Workshop date')).not.toHaveValue('');
  await ask.getByRole('button', { name: 'Start 2027-Q2' }).click();
  await expect(page.getByRole('heading', { name: 'Participants & context' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Parking lot, 1 open' })).toBeVisible();
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await search(page).fill('northwind');
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).filter({ hasText: /2027-Q2\s*v2\s*Draft/ })).toHaveCount(1);

  // Back up, delete a draft workshop, restore, and find it again.
  await search(page).fill('');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Backups', exact: true }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  // A long backup says how far it has got while the rest of the app stays usable.
  await expect(page.getByRole('progressbar', { name: 'Backing up progress' })).toBeVisible();
  await expect(page.getByText(/Backup saved/)).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  const manual = page.getByTestId('backup-row').filter({ hasText: 'Made by hand' }).first();
  await expect(manual).toBeVisible();
  await bothThemes(page, 'library-backups');

  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await search(page).fill('zebra');
  await expect(rows(page)).toHaveCount(1);
  await page.getByRole('button', { name: /Delete draft Zebra Unique Holdings/ }).click();
  await expect(page.getByText('No agreement matches these filters.')).toBeVisible();
  await expect(page.getByTestId('library-range')).toContainText('9,999 versions stored');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Backups', exact: true }).click();
  await page.getByTestId('backup-row').filter({ hasText: 'Made by hand' }).first().getByRole('button', { name: /Restore the backup/ }).click();
  await page.getByRole('button', { name: 'Replace the library with this backup' }).click();
  await expect(page.getByText(/Restored the backup of .*10,000 versions/)).toBeVisible({ timeout: 180_000 });
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await search(page).fill('zebra');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Zebra Unique Holdings');
});

test('a library file from a newer app version is refused with a clear message', async ({ page }) => {
  const file = join(process.cwd(), 'test-results', 'e2e-library-newer.json');
  mkdirSync('test-results', { recursive: true });
  writeFileSync(file, JSON.stringify({ kind: LIBRARY_FILE_KIND, schemaVersion: 99, exportedAt: new Date().toISOString(), versions: [] }));
  await page.getByLabel('Library file to import').setInputFiles(file);
  await expect(page.getByRole('alert')).toContainText('Nothing was imported. This file was made by a newer version of Common Ground');
  await expect(page.getByRole('heading', { name: 'Find common ground' })).toBeVisible();
});

test('a signed agreement imported from its JSON file is marked “Imported, not verified” in the library and in its workshop', async ({ page }) => {
  // Its receipts are another install's and a JSON file carries no seal, so this install cannot vouch for its signatures.
  await page.getByLabel('Agreement file to import (JSON or sealed PDF)').setInputFiles(join(process.cwd(), 'test/fixtures/signed-agreement.json'));
  await expect(rows(page)).toHaveCount(1);
  const badge = rows(page).first().getByTestId('provenance-badge');
  await expect(badge).toBeVisible();
  await expect(badge).toContainText('Imported, not verified');
  await page.getByRole('button', { name: 'Open Northwind Analytics 2027-Q1 version 1' }).click();
  await expect(page.getByTestId('provenance-notice')).toContainText('Imported, not verified.');
});
