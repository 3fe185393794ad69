import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from '@playwright/test';
import { test, expect, rail, screenshot, waitForSaved } from './fixtures';
import { HARNESS_PORT, HARNESS_TOKEN } from './harness';
import { MATURITY_STATEMENTS, scoreMaturity } from '../../shared/rules/maturity';
import { bordaMerge, kendallTau } from '../../shared/rules/scoring/rankings';
import { formatCorrelation } from '../../shared/rules/format';

// One facilitator and six phones through three activities on a two-core machine.
test.describe.configure({ timeout: 240_000 });

const CHROMIUM = process.env.CG_CHROMIUM ?? '/usr/bin/chromium';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Phone {
  page: Page;
  name: string;
  team: 'Marketing' | 'Sales';
}

const PEOPLE: { name: string; team: 'Marketing' | 'Sales' }[] = [
  { name: 'Maya', team: 'Marketing' },
  { name: 'Mo', team: 'Marketing' },
  { name: '', team: 'Marketing' },
  { name: 'Sam', team: 'Sales' },
  { name: 'Sofia', team: 'Sales' },
  { name: 'Sid', team: 'Sales' },
];

/** Person i's rating of statement j: sales rates a point higher, and the means are not whole numbers. */
const rating = (i: number, j: number) => 1 + ((i + j) % 4) + (PEOPLE[i].team === 'Sales' ? 1 : 0);

async function expectAccessible(page: Page, where: string) {
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${where} (${theme})`).toEqual([]);
  }
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
}

async function openRoom(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Room', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Room' });
  await expect(dialog.getByLabel('Network')).toHaveValue('127.0.0.1');
  await dialog.getByRole('button', { name: 'Open the room' }).click();
  const qr = dialog.getByRole('img', { name: /QR code to join the room at/ });
  await expect(qr).toBeVisible();
  const label = (await qr.getAttribute('aria-label'))!;
  const url = label.replace('QR code to join the room at ', '');
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/j\/[A-Za-z0-9_-]{22}\/$/);
  await expect(dialog.getByTestId('room-code')).toHaveText(/^[A-Z2-9]{6}$/);
  return url;
}

async function join(browser: Browser, url: string, person: (typeof PEOPLE)[number]): Promise<Phone> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const outbound: string[] = [];
  context.on('request', (r) => !r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('ws://127.0.0.1') && outbound.push(r.url()));
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Join the workshop' })).toBeVisible();
  if (person.name) await page.getByLabel('Your name (optional)').fill(person.name);
  await page.getByRole('radio', { name: new RegExp(`^${person.team}`) }).check();
  await page.getByRole('button', { name: 'Join' }).tap();
  await expect(page.getByRole('heading', { name: 'You are in' })).toBeVisible();
  expect(outbound).toEqual([]);
  return { page, name: person.name || 'Anonymous', team: person.team };
}

test('six phones join the room: maturity, silent ranking and fist of five land in the workshop as on the laptop', async ({ page, request }) => {
  await page.getByRole('button', { name: 'Open a sample workshop' }).click();
  await rail(page, /^Maturity check/).click();
  await page.getByRole('button', { name: /^Parking lot/ }).click();
  for (const question of ['Who owns webinar leads?', 'Do partner leads count?']) {
    await page.getByLabel('Park a question').fill(question);
    await page.getByRole('button', { name: 'Park it' }).click();
  }
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  const url = await openRoom(page);
  const dialog = page.getByRole('dialog', { name: 'Room' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const phones: Phone[] = [];
    for (const person of PEOPLE) phones.push(await join(browser, url, person));
    await expect(dialog.getByRole('heading', { name: /^In the room: 6/ })).toBeVisible();
    await expectAccessible(phones[0].page, 'phone: waiting');
    await screenshot(phones[0].page, 'room-phone-waiting');

    // Maturity: everyone rates; the laptop sees counts only until the reveal.
    await dialog.getByRole('button', { name: 'Maturity check' }).click();
    await expect(phones[0].page.getByRole('heading', { name: 'How true is this for us?' })).toBeVisible();
    await expectAccessible(phones[0].page, 'phone: maturity');
    await screenshot(phones[0].page, 'room-phone-maturity');
    for (const [i, phone] of phones.entries()) {
      for (const [j, statement] of MATURITY_STATEMENTS.entries()) {
        await phone.page.getByRole('group', { name: statement.text }).getByRole('radio', { name: new RegExp(`^${rating(i, j)} of 5`) }).check();
      }
      await phone.page.getByRole('button', { name: /^Send my answers/ }).tap();
      await expect(phone.page.getByRole('status').filter({ hasText: 'Your answer is in' })).toBeVisible();
      await expect(dialog.locator('.room-progress')).toHaveText(new RegExp(`^${i + 1} of 6 submitted`));
    }
    await expect(dialog.getByTestId('room-results')).toHaveCount(0);
    await expectAccessible(page, 'room dialog: counting');
    await screenshot(page, 'room-dialog-counting');
    await dialog.getByRole('button', { name: 'Reveal', exact: true }).click();
    const results = dialog.getByTestId('room-results');
    const teamScore = (team: 'Marketing' | 'Sales') => {
      const members = PEOPLE.flatMap((p, i) => (p.team === team ? [i] : []));
      const means = Object.fromEntries(MATURITY_STATEMENTS.map((s, j) => [s.id, Math.round((members.reduce((sum, i) => sum + rating(i, j), 0) / members.length) * 100) / 100]));
      return scoreMaturity(means);
    };
    for (const team of ['Marketing', 'Sales'] as const) {
      const expected = teamScore(team);
      await expect(results.getByRole('table', { name: 'Maturity by team' }).getByRole('row', { name: new RegExp(`^${team}`) })).toHaveText(`${team}3${expected.score}${expected.band}`);
    }
    await expect(phones[3].page.getByRole('heading', { name: 'Revealed' })).toBeVisible();
    await expectAccessible(page, 'room dialog: maturity revealed');
    await screenshot(page, 'room-dialog-maturity');

    // Silent ranking: each person taps an order; no phone ever sees another's.
    await dialog.getByRole('button', { name: 'Done: next activity' }).click();
    await dialog.getByRole('button', { name: 'Silent ranking' }).click();
    const tapList = phones[0].page.getByRole('group', { name: /^Tap number/ });
    await expect(tapList).toBeVisible();
    const labels = await tapList.getByRole('button').allTextContents();
    expect(labels.length).toBeGreaterThanOrEqual(4);
    const orderOf = (i: number) => {
      const rotated = [...labels.slice(i % labels.length), ...labels.slice(0, i % labels.length)];
      return PEOPLE[i].team === 'Sales' ? rotated.reverse() : rotated;
    };
    await expectAccessible(phones[0].page, 'phone: ranking');
    // Person 2 taps an order, then moves the last criterion up one place without dragging.
    const tapped = orderOf;
    const finalOrder = (i: number) => (i === 2 ? [...tapped(2).slice(0, -2), tapped(2).at(-1)!, tapped(2).at(-2)!] : tapped(i));
    for (const [i, phone] of phones.entries()) {
      for (const label of tapped(i)) await phone.page.getByRole('group', { name: /^Tap number/ }).getByRole('button', { name: label, exact: true }).tap();
      if (i === 2) {
        await phone.page.getByRole('button', { name: `Move ${tapped(2).at(-1)} up` }).tap();
        await expect(phone.page.getByRole('list', { name: 'Your ranking so far' }).locator('.phone-ranked-label')).toHaveText(finalOrder(2));
      }
      await phone.page.getByRole('button', { name: 'Send my ranking' }).tap();
      await expect(phone.page.getByRole('status').filter({ hasText: 'Your answer is in' })).toBeVisible();
    }
    // A phone that loses its connection mid-activity comes back with its answer.
    await phones[1].page.reload();
    await expect(phones[1].page.getByRole('list', { name: 'Your ranking so far' }).locator('.phone-ranked-label')).toHaveText(orderOf(1));
    await expect(phones[1].page.getByRole('status').filter({ hasText: 'Your answer is in' })).toBeVisible();
    await expect(dialog.locator('.room-progress')).toHaveText(/^6 of 6 submitted/);
    await screenshot(phones[0].page, 'room-phone-ranking');
    await dialog.getByRole('button', { name: 'Reveal', exact: true }).click();
    const merged = (team: 'Marketing' | 'Sales') => bordaMerge(PEOPLE.flatMap((p, i) => (p.team === team ? [finalOrder(i)] : [])));
    await expect(results.getByRole('list', { name: "Marketing's merged ranking" }).getByRole('listitem')).toHaveText(merged('Marketing'));
    await expect(results.getByRole('list', { name: "Sales's merged ranking" }).getByRole('listitem')).toHaveText(merged('Sales'));
    const tau = kendallTau(merged('Marketing'), merged('Sales'))!;
    await expect(results).toContainText(`Kendall τ ${formatCorrelation(tau)}`);
    await screenshot(page, 'room-dialog-ranking');

    // Fist of five on the current step: one low vote with a reason holds it for discussion.
    await dialog.getByRole('button', { name: 'Done: next activity' }).click();
    await dialog.getByRole('button', { name: 'Fist of five on this step' }).click();
    for (const [i, phone] of phones.entries()) {
      const fist = i === 4 ? 2 : 4;
      await phone.page.getByRole('radio', { name: new RegExp(`^${fist} `) }).check();
      if (fist < 3) await phone.page.getByLabel('What would have to change? (optional)').fill('The survey weighs too much for us');
      await phone.page.getByRole('button', { name: 'Send my vote' }).tap();
      await expect(phone.page.getByRole('status').filter({ hasText: 'Your answer is in' })).toBeVisible();
    }
    await expectAccessible(phones[4].page, 'phone: fist of five');
    await dialog.getByRole('button', { name: 'Reveal', exact: true }).click();
    await expect(results).toContainText('A vote under 3: talk this through');
    await expect(results.getByRole('list', { name: 'Reasons given with low votes' })).toHaveText('The survey weighs too much for us');
    await screenshot(page, 'room-dialog-fist');

    // Dot voting on the parking lot, revealed by itself once everyone is in.
    await dialog.getByRole('button', { name: 'Done: next activity' }).click();
    await dialog.getByLabel('Dots per person').fill('2');
    await dialog.getByLabel('Reveal as soon as everyone is in').check();
    await dialog.getByRole('button', { name: 'Dot voting on the parking lot' }).click();
    await expect(dialog).toContainText('Reveals by itself when everyone is in');
    for (const [i, phone] of phones.entries()) {
      const question = i < 4 ? 'Do partner leads count?' : 'Who owns webinar leads?';
      await phone.page.getByRole('button', { name: `Add a dot to: ${question}` }).tap();
      await phone.page.getByRole('button', { name: `Add a dot to: ${question}` }).tap();
      await expect(phone.page.getByRole('button', { name: /^Add a dot to/ }).first()).toBeDisabled();
      if (i === 0) await expectAccessible(phone.page, 'phone: dot voting');
      await phone.page.getByRole('button', { name: 'Send my dots' }).tap();
      await expect(phone.page.getByRole('status').filter({ hasText: 'Your answer is in' }).or(phone.page.getByRole('heading', { name: 'Revealed' }))).toBeVisible();
    }
    await expect(results.getByRole('table', { name: 'Questions by dots' }).getByRole('row')).toHaveText(['QuestionDots', 'Do partner leads count?8', 'Who owns webinar leads?4']);
    await dialog.getByRole('button', { name: 'Export results (CSV)' }).click();
    await expect(page.getByText(/Saved .*dot-voting-on-the-parking-lot-\d{4}-\d{2}-\d{2}\.csv/)).toBeVisible();
    await screenshot(page, 'room-dialog-dots');

    // A fist of five on one SLA clause: a low vote parks the clause for discussion.
    await dialog.getByRole('button', { name: 'Done: next activity' }).click();
    const clauses = dialog.getByLabel('Fist of five on');
    const clauseLabel = (await clauses.locator('option').nth(1).textContent())!.replace('Clause: ', '');
    await clauses.selectOption({ index: 1 });
    await dialog.getByRole('button', { name: 'Fist of five on the clause' }).click();
    await expect(phones[3].page.getByText(clauseLabel)).toBeVisible();
    await phones[3].page.getByRole('radio', { name: /^1 / }).check();
    await phones[3].page.getByLabel('What would have to change? (optional)').fill('Not on weekends');
    await phones[3].page.getByRole('button', { name: 'Send my vote' }).tap();
    await phones[0].page.getByRole('radio', { name: /^4 / }).check();
    await phones[0].page.getByRole('button', { name: 'Send my vote' }).tap();
    await expect(dialog.locator('.room-progress')).toHaveText(/^2 of 6 submitted/);
    await dialog.getByRole('button', { name: 'Reveal', exact: true }).click();
    await expect(results).toContainText('A vote under 3: talk this through');

    // The projector view shows how to join while the room is open.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Present/ }).click();
    const corner = page.getByRole('complementary', { name: 'Join the room' });
    await expect(corner).toContainText(/[A-Z2-9]{6}/);
    await expect(corner.getByRole('img', { name: /QR code to join the room/ })).toBeVisible();
    await screenshot(page, 'room-presenter-corner');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Room · 6/ }).click();

    // Closing the room stops the server: the phones say the connection is gone.
    await dialog.getByRole('button', { name: 'Close the room' }).click();
    await expect(dialog.getByRole('button', { name: 'Open the room' })).toBeVisible();
    await expect(phones[0].page.getByRole('status').filter({ hasText: 'Reconnecting' })).toBeVisible();
    await page.keyboard.press('Escape');

    // The workshop holds what the room said, exactly as the on-laptop path would have stored it.
    await waitForSaved(page);
    await expect(page.getByText(`Marketing rates the alignment ${teamScore('Marketing').score}`)).toBeVisible();
    await expect(page.getByLabel('Sales objection (reason)')).toHaveValue('The survey weighs too much for us');
    await expect(page.getByRole('button', { name: 'Sales: 2 of 5' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Marketing: 4 of 5' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('consent-Sales')).toHaveText('Objection');
    await rail(page, /^Scoring criteria/).click();
    await page.getByRole('tab', { name: 'Team rankings' }).click();
    await expect(page.getByTestId('kendall')).toHaveText(`${formatCorrelation(tau)}Kendall τ`);
    await expect(page.getByRole('list', { name: 'Merged ranking' }).getByRole('listitem')).toHaveText(bordaMerge([merged('Marketing'), merged('Sales')]));
    await page.getByRole('button', { name: /^Parking lot/ }).click();
    await expect(page.getByRole('list', { name: 'Parked questions' }).getByRole('listitem').first()).toContainText('Do partner leads count?');
    await expect(page.getByLabel('8 dots from the room')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Parked questions' })).toContainText(`Discuss the clause “${clauseLabel}”: a vote under 3 in the room (Not on weekends)`);
  } finally {
    await browser.close();
    // The harness is shared by every spec: leave its room closed whatever happened here.
    await request.post(`http://127.0.0.1:${HARNESS_PORT}/ipc/closeRoom`, { headers: { 'X-CG-Token': HARNESS_TOKEN }, data: {} });
  }
});
