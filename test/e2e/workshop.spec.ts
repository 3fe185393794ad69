import type { Page } from '@playwright/test';
import { test, expect, screenshot, waitForSaved, bothThemes, rail } from './fixtures';
import { MATURITY_STATEMENTS } from '../../shared/rules/maturity';

async function addParticipant(page: Page, name: string, team: string, title: string) {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Team', { exact: true }).selectOption(team);
  await page.getByLabel('Job title').fill(title);
  await page.getByRole('button', { name: 'Add participant' }).click();
}

async function rateAll(page: Page, rating: (topic: string) => number) {
  for (const s of MATURITY_STATEMENTS) await page.getByRole('radio', { name: `${s.topic}: ${rating(s.topic)} of 5` }).check();
}


test('the guided workshop: participants, timer, maturity, lead definition, presenter, undo, reload', async ({ page, app }) => {
  test.setTimeout(180_000);
  await page.clock.install();
  await app.reload();

  // New workshop with four participants from two teams; bad input is refused inline.
  await page.getByRole('button', { name: 'New workshop' }).first().click();
  await page.getByLabel('Organisation').fill('Acme Robotics');
  await page.getByLabel('Quarter').fill('2027-Q1');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Participants & context' })).toBeVisible();
  await page.getByRole('button', { name: 'Add participant' }).click();
  await expect(page.getByText('Name is required')).toBeVisible();
  await addParticipant(page, 'Mary Marketer', 'Marketing', 'CMO');
  await addParticipant(page, 'Milo Campaigns', 'Marketing', 'Demand gen lead');
  await addParticipant(page, 'Sammy Sales', 'Sales', 'CRO');
  await addParticipant(page, 'Sara Closer', 'Sales', 'Account executive');
  await expect(page.getByRole('table', { name: 'Participants' }).getByRole('row')).toHaveCount(5);
  await page.getByLabel('Quarter').fill('2027-Q9');
  await expect(page.getByText('Quarter must look like 2027-Q1')).toBeVisible();
  await page.getByLabel('Quarter').fill('2027-Q1');

  // Walk the stepper with Next, then settle on the maturity check.
  await page.getByRole('button', { name: /^Next: Maturity check/ }).click();
  await expect(page.getByRole('heading', { name: 'Maturity check', level: 1 })).toBeVisible();

  // Timer: +1 min makes it 21 minutes; amber at a fifth left, red at a twentieth, then over.
  await page.getByRole('button', { name: '+1 min: add one minute to this step' }).click();
  await expect(rail(page, 'Maturity check')).toContainText('21′');
  await page.getByRole('button', { name: 'Start timer' }).click();
  const timer = page.getByRole('timer');
  await expect(timer).toHaveAttribute('data-level', 'normal');
  await page.clock.fastForward('17:00');
  await expect(timer).toHaveAttribute('data-level', 'amber');
  await screenshot(page, 'timer-amber-light');
  await page.clock.fastForward('03:00');
  await expect(timer).toHaveAttribute('data-level', 'red');
  await screenshot(page, 'timer-red-light');
  await page.clock.fastForward('01:30');
  await expect(timer).toContainText('over');
  await bothThemes(page, 'timer-overrun');
  await page.getByRole('button', { name: 'Rebalance the remaining steps' }).click();
  await expect(page.getByText(/Maturity check ran 1 min over/)).toBeVisible();
  await expect(rail(page, 'Maturity check')).toContainText('22′');
  await page.getByRole('button', { name: 'Pause timer' }).click();
  await page.getByRole('button', { name: 'Edit timeboxes' }).click();
  await expect(page.getByRole('dialog', { name: 'Timeboxes' })).toBeVisible();
  await page.getByLabel('Export (minutes)').fill('700');
  await expect(page.getByText('Minutes for Export must be between 0 and 600.')).toBeVisible();
  await page.getByLabel('Export (minutes)').fill('10');
  await bothThemes(page, 'timeboxes');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(rail(page, 'Export')).toContainText('10′');

  // Maturity: each team answers on its own tab; the other team's answers stay hidden.
  await rateAll(page, () => 4);
  await bothThemes(page, 'maturity-answering');
  await page.getByRole('button', { name: 'Submit Marketing answers' }).click();
  await expect(page.getByText('Marketing has submitted 10 of 10 answers')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reveal' })).toBeDisabled();
  await page.getByRole('tab', { name: 'Sales answers' }).click();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await rateAll(page, (topic) => (topic === 'Shared incentives' ? 1 : 2));
  await page.getByRole('button', { name: 'Submit Sales answers' }).click();
  await page.getByRole('button', { name: 'Reveal' }).click();
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results).toContainText('Marketing rates the alignment 80 (Integrated), sales 38 (Undefined): 42 points apart.');
  await expect(results).toContainText('The widest split is on “Shared incentives”');
  await expect(page.getByLabel('Marketing result')).toContainText('Revenue generation');
  await expect(page.getByLabel('Sales result')).toContainText('Traditional marketing');
  await page.getByRole('heading', { name: 'Results' }).scrollIntoViewIfNeeded();
  await bothThemes(page, 'maturity-results');

  // Consent on this step, and a question parked for later.
  await page.getByRole('button', { name: 'Marketing: 4 of 5' }).click();
  await page.getByLabel('Sales objection (reason)').fill('Our numbers are too rosy');
  await expect(page.getByTestId('consent-Marketing')).toHaveText('Agreed');
  await expect(page.getByTestId('consent-Sales')).toHaveText('Objection');
  await bothThemes(page, 'maturity-revealed');
  await page.getByRole('button', { name: /^Parking lot/ }).click();
  await page.getByRole('button', { name: 'Park it' }).click();
  await expect(page.getByText('Write the question first')).toBeVisible();
  await page.getByLabel('Park a question').fill('Who owns webinar leads?');
  await page.getByRole('button', { name: 'Park it' }).click();
  await expect(page.getByRole('list', { name: 'Parked questions' })).toContainText('Who owns webinar leads?');
  await screenshot(page, 'parking-lot-light');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Parking lot, 1 open' })).toBeVisible();

  // Lead definition.
  await rail(page, 'Lead definition').click();
  await expect(page.getByRole('heading', { name: 'Lead definition', level: 1 })).toBeVisible();
  await page.getByLabel('Stage 1 name').fill('');
  await expect(page.getByText('Stage name is required')).toBeVisible();
  await page.getByLabel('Stage 1 name').fill('Lead');
  await page.getByRole('button', { name: '+ Add stage' }).click();
  await page.getByLabel('Stage 7 name').fill('Customer');
  await page.getByRole('button', { name: 'Move Customer up' }).click();
  await expect(page.getByLabel('Stage 6 name')).toHaveValue('Customer');
  await page.getByRole('button', { name: 'Remove Customer' }).click();
  await expect(page.getByLabel('Stage 7 name')).toHaveCount(0);
  await page.getByLabel('Company size from (employees)').fill('6000');
  await expect(page.getByText('Company size minimum must not exceed the maximum')).toBeVisible();
  // The refused minimum was not stored: the presenter view still shows the old range.
  await page.keyboard.press('F5');
  await expect(page.getByTestId('presenter')).toContainText('200–5,000 employees');
  await page.keyboard.press('Escape');
  await page.getByLabel('Company size from (employees)').fill('250');
  await page.getByLabel('Industries', { exact: true }).fill('Robotics');
  await page.keyboard.press('Enter');
  await page.getByLabel('Disqualifying signals', { exact: true }).fill('Student');
  await page.getByRole('button', { name: 'Add to Disqualifying signals' }).click();
  await page.getByLabel('Authority').fill('Signs off purchases above $50k');
  await page.getByLabel('Sales-ready, in plain language').fill('A robotics firm of 250+ people that asked for a demo.');
  await bothThemes(page, 'lead-definition');

  // Presenter mode: large type, the timer, B blanks, Esc leaves.
  await page.getByRole('heading', { name: 'Lifecycle stages' }).click();
  await page.keyboard.press('p');
  const presenter = page.getByTestId('presenter');
  await expect(presenter).toBeVisible();
  await expect(presenter.getByRole('heading', { name: 'Lead definition' })).toBeVisible();
  await expect(presenter).toContainText('250–5,000 employees');
  await expect(presenter.getByRole('timer')).toBeVisible();
  const bodySize = await presenter.evaluate((el) => parseFloat(getComputedStyle(el.querySelector('.presenter-body p') as Element).fontSize));
  expect(bodySize).toBeGreaterThanOrEqual(24);
  await screenshot(page, 'presenter-light');
  await page.keyboard.press('b');
  await expect(page.getByTestId('presenter-blank')).toBeVisible();
  await page.keyboard.press('b');
  await page.keyboard.press('ArrowLeft');
  await expect(presenter.getByRole('heading', { name: 'Maturity check' })).toBeVisible();
  await expect(presenter).toContainText('80');
  await screenshot(page, 'presenter-maturity-light');
  await page.keyboard.press('Escape');
  await expect(presenter).toHaveCount(0);
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('cg:command', { detail: 'presenter' })));
  await screenshot(page, 'presenter-maturity-dark');
  await page.keyboard.press('ArrowRight');
  await screenshot(page, 'presenter-dark');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Switch to light theme' }).click();

  // Help overlay.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Presenter mode on or off');
  await bothThemes(page, 'help');
  await page.keyboard.press('Escape');

  // Undo and redo an edit.
  await page.getByRole('button', { name: 'Remove Robotics from Industries' }).click();
  await expect(page.getByRole('list', { name: 'Industries' })).not.toContainText('Robotics');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('list', { name: 'Industries' })).toContainText('Robotics');
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByRole('list', { name: 'Industries' })).not.toContainText('Robotics');
  await page.keyboard.press('Control+Z');
  await expect(page.getByRole('list', { name: 'Industries' })).toContainText('Robotics');

  // Reload: everything is where it was.
  await waitForSaved(page);
  await app.reload();
  await expect(page.getByRole('heading', { name: 'Lead definition', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Stage 1 name')).toHaveValue('Lead');
  await expect(page.getByLabel('Stage 7 name')).toHaveCount(0);
  await expect(page.getByLabel('Company size from (employees)')).toHaveValue('250');
  await expect(page.getByRole('list', { name: 'Industries' })).toContainText('Robotics');
  await expect(page.getByRole('list', { name: 'Disqualifying signals' })).toContainText('Student');
  await expect(page.getByLabel('Authority')).toHaveValue('Signs off purchases above $50k');
  await expect(page.getByLabel('Sales-ready, in plain language')).toHaveValue('A robotics firm of 250+ people that asked for a demo.');
  await expect(page.getByRole('button', { name: 'Parking lot, 1 open' })).toBeVisible();
  await expect(rail(page, 'Maturity check')).toContainText('22′');
  await expect(rail(page, 'Export')).toContainText('10′');
  await rail(page, 'Maturity check').click();
  await expect(page.getByRole('region', { name: 'Results' })).toContainText('42 points apart');
  await expect(page.getByTestId('consent-Sales')).toHaveText('Objection');
  await expect(page.getByLabel('Sales objection (reason)')).toHaveValue('Our numbers are too rosy');
  await rail(page, 'Participants').click();
  await expect(page.getByRole('table', { name: 'Participants' })).toContainText('Sara Closer');
  await expect(page.getByRole('table', { name: 'Participants' }).getByRole('row')).toHaveCount(5);
});
