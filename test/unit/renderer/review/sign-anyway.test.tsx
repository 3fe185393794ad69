import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { SignAnywayDialog } from '../../../../renderer/src/features/review/SignAnywayDialog';
import { openBeforeSigning } from '../../../../shared/rules/signing-readiness';

const open = openBeforeSigning({
  consents: [{ step: 'goals', team: 'Sales', fist: 4, objection: 'Revenue target is a stretch' }],
  parkingLot: [{ id: 'q1', text: 'Who owns webinar leads?', resolved: false, createdAt: '2027-01-14T09:00:00.000Z' }],
});

describe('SignAnywayDialog', () => {
  it('lists the objections and parked questions, and signs only on "Sign anyway"', () => {
    const onSignAnyway = vi.fn();
    const onGoBack = vi.fn();
    render(<SignAnywayDialog open={open} shown onGoBack={onGoBack} onSignAnyway={onSignAnyway} />);
    const dialog = screen.getByRole('dialog', { name: 'Sign with open items?' });
    expect(dialog).toHaveAccessibleDescription(/Still open: 1 objection and 1 parked question\./);
    expect(within(dialog).getByRole('list', { name: 'Open objections' })).toHaveTextContent('Sales objects to Shared goals: Revenue target is a stretch');
    expect(within(dialog).getByRole('list', { name: 'Parked questions' })).toHaveTextContent('Who owns webinar leads?');
    expect(within(dialog).getByRole('button', { name: 'Go back' })).toHaveFocus();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Go back' }));
    expect(onGoBack).toHaveBeenCalled();
    expect(onSignAnyway).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign anyway' }));
    expect(onSignAnyway).toHaveBeenCalledTimes(1);
  });
});
