import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ThemeToggle } from '../../../../renderer/src/features/settings/ThemeToggle';
import { applyTheme } from '../../../../renderer/src/features/settings/theme';

describe('theme toggles', () => {
  it('the rail and Settings toggles always agree, whichever one was clicked', async () => {
    applyTheme('light');
    render(
      <>
        <ThemeToggle />
        <ThemeToggle />
      </>,
    );
    const [first] = screen.getAllByRole('button', { name: 'Switch to dark theme' });
    await userEvent.click(first!);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(screen.getAllByRole('button', { name: 'Switch to light theme' })).toHaveLength(2);
    expect(screen.getAllByText('☀ Light theme')).toHaveLength(2);
  });
});
