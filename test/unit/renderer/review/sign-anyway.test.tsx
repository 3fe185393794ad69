import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { SignAnywayDialog } from '../../../../renderer/src/features/review/SignAnywayDialog';
import { CONSENT_STEPS, openBeforeSigning } from '../../../../shared/rules/signing-readiness';

const open = openBeforeSigning(
  {
    consents: [{ step: 'goals', team: 'Sales', fist: 4, objection: 'Revenue target is a stretch' }],
    parkingLot: [{ id: 'q1', text: 'Who owns webinar leads?', resolved: false, createdAt: '2027-01-14T09:00:00.000Z' }],
  },
  CONSENT_STEPS,
  [{ id: 'st-pql', name: 'Product qualified', entryCriteria: '' }],
);
const missingVotes = CONSENT_STEPS.length * 2 - 1;

describe('SignAnywayDialog', () => {
  it('lists the objections, parked questions, empty stages and missing votes, and signs only on "Sign anyway"', () => {
    const onSignAnyway = vi.fn();
    const onGoBack = vi.fn();
    render(<SignAnywayDialog open={open} shown onGoBack={onGoBack} onSignAnyway={onSignAnyway} />);
    const dialog = screen.getByRole('dialog', { name: 'Sign with open items?' });
    expect(dialog).toHaveAccessibleDescription(`Still open: 1 objection, 1 parked question, 1 lifecycle stage without entry criteria and ${missingVotes} missing votes. The first signature freezes the agreement as it is now.`);
    expect(within(dialog).getByRole('list', { name: 'Stages without entry criteria' })).toHaveTextContent('Product qualified: no entry criteria written');
    expect(within(within(dialog).getByRole('list', { name: 'Missing votes' })).getAllByRole('listitem')).toHaveLength(missingVotes);
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
