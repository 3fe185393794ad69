import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { PreferencesSection } from '../../../../renderer/src/features/settings/PreferencesSection';
import { db } from '../../../../renderer/src/db/database';
import { getSettings, saveSetting } from '../../../../renderer/src/db/repositories/settings';

beforeEach(async () => {
  await db.settings.clear();
});

describe('Settings: your name and daily backups', () => {
  it('shows the stored values and saves a new name as it is typed', async () => {
    await saveSetting('defaultFacilitator', 'Riley');
    render(<PreferencesSection />);
    const name = (await screen.findByLabelText('Your name')) as HTMLInputElement;
    expect(name.value).toBe('Riley');
    expect(screen.getByRole('checkbox', { name: 'Back up the library automatically once a day' })).toBeChecked();

    fireEvent.change(name, { target: { value: 'Riley Chen ' } });
    expect(await screen.findByText('✓ Saved')).toBeInTheDocument();
    // Saved trimmed, but what was typed (the trailing space before a next word) stays in the box.
    expect((await getSettings()).defaultFacilitator).toBe('Riley Chen');
    expect(name.value).toBe('Riley Chen ');
  });

  it('refuses a name over 120 characters inline and keeps the stored one', async () => {
    await saveSetting('defaultFacilitator', 'Riley');
    render(<PreferencesSection />);
    const name = await screen.findByLabelText('Your name');
    fireEvent.change(name, { target: { value: 'x'.repeat(121) } });
    expect(screen.getByRole('alert')).toHaveTextContent('at most 120 characters');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('facilitator-save-state')).toHaveTextContent('Not saved');
    // Give a (wrong) write the chance to land before checking nothing was stored.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await getSettings()).defaultFacilitator).toBe('Riley');

    fireEvent.change(name, { target: { value: 'x'.repeat(120) } });
    await waitFor(async () => expect((await getSettings()).defaultFacilitator).toBe('x'.repeat(120)));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('switches daily backups off and on again', async () => {
    render(<PreferencesSection />);
    const box = await screen.findByRole('checkbox', { name: 'Back up the library automatically once a day' });
    expect(box).toHaveAccessibleDescription(/newest 14 are kept/);
    fireEvent.click(box);
    expect(box).not.toBeChecked();
    await waitFor(async () => expect((await getSettings()).dailyBackups).toBe(false));
    expect(await screen.findByText('✓ Saved')).toBeInTheDocument();
    fireEvent.click(box);
    await waitFor(async () => expect((await getSettings()).dailyBackups).toBe(true));
  });
});
