import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { createWorkshop, loadWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import { undo, useEditor } from '../../../../renderer/src/stores/editor';
import GoalsStep from '../../../../renderer/src/features/goals/GoalsStep';

const goals = () => useEditor.getState().version!.content.goals;
const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(input(label), { target: { value } });

beforeEach(async () => {
  const workshop = await createWorkshop({ organisation: 'Acme', title: 'Q1 SLA', quarter: '2027-Q1', date: '2027-01-14', facilitator: 'Riley' });
  const found = await loadWorkshop(workshop.id);
  useEditor.getState().load(found!.workshop, found!.version);
});

/** The goals fields use the shared useValidatedField; these are the behaviours they relied on their own hook for. */
describe('money and number fields on the shared field hook', () => {
  it('keep half-typed text while saving it, and tidy it on leaving the field', () => {
    render(<GoalsStep />);
    type('Average deal size', '30k');
    expect(goals().averageDealCents).toBe(3_000_000);
    expect(input('Average deal size').value).toBe('30k');
    fireEvent.blur(input('Average deal size'));
    expect(input('Average deal size').value).toBe('$30,000');

    type('MQL→SAL rate', '45.');
    expect(goals().rates.mqlToSal).toBe(45);
    expect(input('MQL→SAL rate').value).toBe('45.');
    type('MQL→SAL rate', '45.5');
    expect(goals().rates.mqlToSal).toBe(45.5);
  });

  it('show an invalid entry inline without saving or tidying it away', () => {
    render(<GoalsStep />);
    type('Average deal size', 'lots');
    expect(screen.getByText('Average deal size must be an amount such as 30,000 or 30k')).toBeInTheDocument();
    fireEvent.blur(input('Average deal size'));
    expect(input('Average deal size').value).toBe('lots');
    expect(goals().averageDealCents).toBe(3_000_000);
  });

  // A field the tests above did not touch: edits to one field within a second coalesce into one undo step.
  it('take the stored value back on undo', () => {
    render(<GoalsStep />);
    type('Sales reps', '9');
    expect(goals().reps).toBe(9);
    expect(input('Sales reps').value).toBe('9');
    act(() => undo());
    expect(goals().reps).toBe(6);
    expect(input('Sales reps').value).toBe('6');
  });
});
