import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createWorkshop, loadWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import { useEditor } from '../../../../renderer/src/stores/editor';
import CommitmentsStep from '../../../../renderer/src/features/commitments/CommitmentsStep';

const rows = () => useEditor.getState().version!.content.commitments.rows;
const attempts = () => rows().find((r) => r.id === 'c-attempts' || r.metric === 'Contact attempts')!;

beforeEach(async () => {
  const workshop = await createWorkshop({ organisation: 'Acme', title: 'Q1 SLA', quarter: '2027-Q1', date: '2027-01-14', facilitator: 'Riley' });
  const found = await loadWorkshop(workshop.id);
  useEditor.getState().load(found!.workshop, found!.version);
});

describe('commitment titles that carry a number', () => {
  it('follow the target as it is typed, while the title is the generated one', () => {
    render(<CommitmentsStep />);
    expect(attempts().commitment).toBe('Make 5 attempts within 2 weeks');
    fireEvent.click(screen.getByRole('button', { name: 'Edit "Make 5 attempts within 2 weeks"' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Target'), { target: { value: '' } });
    fireEvent.change(within(dialog).getByLabelText('Target'), { target: { value: '6' } });
    expect(within(dialog).getByLabelText('Commitment')).toHaveValue('Make 6 attempts within 2 weeks');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save commitment' }));
    expect(attempts()).toMatchObject({ target: 6, commitment: 'Make 6 attempts within 2 weeks' });
    expect(screen.queryByTestId('title-mismatch')).toBeNull();
  });

  it('keep a title typed by hand and flag it on screen when it no longer names the target', () => {
    render(<CommitmentsStep />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit "Make 5 attempts within 2 weeks"' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Commitment'), { target: { value: 'Make 5 calls within 2 weeks' } });
    fireEvent.change(within(dialog).getByLabelText('Target'), { target: { value: '8' } });
    expect(within(dialog).getByLabelText('Commitment')).toHaveValue('Make 5 calls within 2 weeks');
    expect(dialog).toHaveTextContent('The title says 5 and 2, the target is 8 attempts: check that they agree.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save commitment' }));
    expect(attempts()).toMatchObject({ target: 8, commitment: 'Make 5 calls within 2 weeks' });
    expect(screen.getByTestId('title-mismatch')).toHaveTextContent('The title says 5 and 2, the target is 8 attempts');
  });
});
