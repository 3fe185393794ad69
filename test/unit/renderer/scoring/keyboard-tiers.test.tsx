import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ScoringStep from '../../../../renderer/src/features/scoring/ScoringStep';
import { undo } from '../../../../renderer/src/stores/editor';
import { act } from '@testing-library/react';
import { byLabel, loadSample } from './fixtures';

const handle = (label: string) => screen.getByRole('button', { name: `Drag ${label}` });

describe('the board by keyboard without dragging', () => {
  it('keys 1–6 send the focused card to a tier (one undo step); other keys are left to the drag sensor', async () => {
    loadSample();
    const user = userEvent.setup();
    render(<ScoringStep />);
    handle('Webinar attended').focus();
    await user.keyboard('1');
    expect(byLabel('Webinar attended').tier).toBe('Critical');
    expect(within(screen.getByRole('list', { name: 'Critical tier' })).getByText('Webinar attended')).toBeInTheDocument();
    handle('Webinar attended').focus();
    await user.keyboard('6');
    expect(byLabel('Webinar attended').tier).toBe('Negative');
    await user.keyboard('7');
    expect(byLabel('Webinar attended').tier).toBe('Negative');
    act(() => undo());
    expect(byLabel('Webinar attended').tier).toBe('Critical');
  });

  it('a card is two Tab stops: its handle, then its menu', async () => {
    loadSample();
    const user = userEvent.setup();
    render(<ScoringStep />);
    handle('Demo request').focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Actions for Demo request' })).toHaveFocus();
    await user.tab();
    expect(handle('Decision-maker title')).toHaveFocus();
  });
});
