import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ScoringStep from '../../../../renderer/src/features/scoring/ScoringStep';
import { undo, useEditor } from '../../../../renderer/src/stores/editor';
import { byLabel, loadSample } from './fixtures';

/** The teams widen the ideal customer to 50–5,000 employees, as in the issue, without touching the card. */
function widenProfile() {
  act(() => {
    const error = useEditor.getState().editContent((c) => ({
      ...c,
      leadDefinition: { ...c.leadDefinition, idealCustomer: { ...c.leadDefinition.idealCustomer, companySize: { min: 50, max: 5000 } } },
    }));
    expect(error).toBeNull();
  });
}

const cardOf = (label: string) => screen.getByRole('button', { name: `Drag ${label}` }).closest('li')!;

describe('the board flags a card whose words or profile no longer match what it scores', () => {
  it('shows nothing while they agree, a "Check wording" flag when the profile moves, and fixes it in one undoable step', async () => {
    loadSample();
    render(<ScoringStep />);
    expect(screen.queryByRole('button', { name: /^Check / })).toBeNull();
    widenProfile();
    const flag = within(cardOf('Company size in range')).getByRole('button', { name: /^Check Company size in range:/ });
    expect(flag).toHaveAccessibleName('Check Company size in range: Company size in range scores 200 to 5,000 employees; the ideal customer is 50 to 5,000.');
    const user = userEvent.setup();
    // The flag opens the card's dialog, which says why.
    await user.click(flag);
    expect(within(screen.getByRole('dialog')).getByText('Company size in range scores 200 to 5,000 employees; the ideal customer is 50 to 5,000.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(within(cardOf('Company size in range')).getByRole('button', { name: 'Actions for Company size in range' }));
    await user.click(screen.getByRole('menuitem', { name: 'Match the ideal customer' }));
    expect(byLabel('Company size in range').condition).toMatchObject({ op: 'between', min: 50, max: 5000 });
    // Now the typed description ("200 to 5,000 employees") is the part that no longer agrees.
    expect(within(cardOf('Company size in range')).getByRole('button', { name: /^Check Company size in range:/ })).toHaveAccessibleName(
      'Check Company size in range: The description says 200 to 5,000, but the criterion scores 50 to 5,000.',
    );
    act(() => undo());
    expect(byLabel('Company size in range').condition).toMatchObject({ min: 200, max: 5000 });
  });
});
