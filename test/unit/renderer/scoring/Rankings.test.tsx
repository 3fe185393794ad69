import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ScoringStep from '../../../../renderer/src/features/scoring/ScoringStep';
import { undo, useEditor } from '../../../../renderer/src/stores/editor';
import { byLabel, loadSample, scoring } from './fixtures';

const rankings = () => useEditor.getState().workshop!.rankings;

describe('Team rankings', () => {
  it('runs Marketing then Sales silently, reveals the comparison and applies the Borda merge as one undo step', async () => {
    loadSample();
    const user = userEvent.setup();
    render(<ScoringStep />);
    await user.click(screen.getByRole('tab', { name: 'Team rankings' }));

    // Marketing puts Webinar attended first.
    for (let i = 0; i < 8; i++) await user.click(screen.getByRole('button', { name: 'Move Webinar attended up' }));
    expect(within(screen.getByRole('list', { name: 'Marketing ranking' })).getAllByRole('listitem')[0]).toHaveTextContent('Webinar attended');
    expect(screen.getByRole('button', { name: 'Move Webinar attended up' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Submit Marketing’s ranking' }));
    expect(rankings().Marketing.submitted).toBe(true);
    expect(rankings().Marketing.order[0]).toBe(byLabel('Webinar attended').id);

    // Handover: nothing of Marketing's ranking is on screen.
    expect(screen.getByRole('heading', { name: 'Hand the laptop to Sales' })).toBeInTheDocument();
    expect(screen.queryByText('Webinar attended')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sales is ready: start ranking' }));
    const salesList = screen.getByRole('list', { name: 'Sales ranking' });
    expect(within(salesList).getAllByRole('listitem')[0]).toHaveTextContent('Demo request');
    await user.click(screen.getByRole('button', { name: 'Submit Sales’s ranking' }));
    await user.click(screen.getByRole('button', { name: 'Reveal both rankings' }));

    // Reveal: Webinar attended is the largest gap (1 vs 9) and highlighted.
    expect(screen.getByTestId('kendall')).not.toHaveTextContent('1.00');
    const firstGapRow = within(screen.getByRole('table', { name: 'Rank gaps' })).getAllByRole('row')[1];
    expect(firstGapRow).toHaveTextContent('Webinar attended');
    expect(firstGapRow).toHaveAttribute('data-hot');
    const merged = within(screen.getByRole('list', { name: 'Merged ranking' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(merged).toHaveLength(10);

    const before = scoring().criteria;
    // Apply first shows what would change, and changes nothing yet.
    await user.click(screen.getByRole('button', { name: 'Apply to board' }));
    expect(scoring().criteria).toBe(before);
    const preview = screen.getByTestId('merge-preview');
    expect(screen.getByRole('heading', { name: 'What applying changes' })).toHaveFocus();
    const lines = within(screen.getByRole('list', { name: 'Changes on the board' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(preview).toHaveTextContent(`${lines.length} cards change tier or points.`);
    expect(lines).toContain('Webinar attended: Weak +7 → Strong +22');
    expect(lines.some((l) => l!.startsWith('Newsletter subscriber'))).toBe(false);
    // Cancel leaves the board alone.
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('merge-preview')).toBeNull();
    expect(screen.getByRole('button', { name: 'Apply to board' })).toHaveFocus();
    expect(scoring().criteria).toBe(before);

    await user.click(screen.getByRole('button', { name: 'Apply to board' }));
    await user.click(screen.getByRole('button', { name: 'Confirm: apply to board' }));
    const positiveMerged = merged.filter((l) => l !== 'Newsletter subscriber');
    const critical = scoring().criteria.filter((c) => c.tier === 'Critical').sort((a, b) => a.order - b.order).map((c) => c.label);
    expect(critical).toEqual(positiveMerged.slice(0, 3));
    // Ignore and Negative cards stay where they were, however the teams ranked them.
    expect(scoring().criteria.filter((c) => c.tier === 'Ignore').map((c) => c.label)).toEqual(['Newsletter subscriber']);
    expect(scoring().criteria.filter((c) => c.tier === 'Negative').map((c) => c.label)).toEqual(['Unsubscribed', 'Personal e-mail domain', 'Competitor domain']);
    expect(screen.getByTestId('merge-status')).toHaveTextContent(`The merged ranking is on the board: ${lines.length} cards changed tier or points.`);
    // One undo step puts the board back.
    await user.click(within(screen.getByTestId('merge-status')).getByRole('button', { name: 'Undo' }));
    expect(scoring().criteria).toBe(before);
    expect(screen.getByTestId('merge-status')).toHaveTextContent('Undone');
    act(() => undo());
  });
});
