import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ScoringStep from '../../../../renderer/src/features/scoring/ScoringStep';
import { useEditor } from '../../../../renderer/src/stores/editor';
import { loadSample } from './fixtures';

const rankings = () => useEditor.getState().workshop!.rankings;

describe('the hand-over between the silent rankings', () => {
  it('asks before showing Marketing’s ranking again, and keeps it hidden unless Marketing has the laptop', async () => {
    loadSample();
    const user = userEvent.setup();
    render(<ScoringStep />);
    await user.click(screen.getByRole('tab', { name: 'Team rankings' }));
    await user.click(screen.getByRole('button', { name: 'Submit Marketing’s ranking' }));
    await user.click(screen.getByRole('button', { name: 'Marketing wants to change its ranking…' }));
    const dialog = screen.getByRole('dialog', { name: 'Show Marketing’s ranking again?' });
    expect(dialog).toHaveAccessibleDescription('It appears on this screen. Hand the laptop back to Marketing first, so Sales ranks without having seen it.');
    await user.click(screen.getByRole('button', { name: 'Keep it hidden' }));
    expect(rankings().Marketing.submitted).toBe(true);
    expect(screen.queryByRole('list', { name: 'Marketing ranking' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Marketing wants to change its ranking…' }));
    await user.click(screen.getByRole('button', { name: 'Marketing has the laptop: show it' }));
    expect(rankings().Marketing.submitted).toBe(false);
    expect(screen.getByRole('list', { name: 'Marketing ranking' })).toBeInTheDocument();
  });
});
