import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import MaturityStep from '../../../../renderer/src/features/maturity/MaturityStep';
import { rate, setSubmitted } from '../../../../renderer/src/features/maturity/edit-maturity';
import { MATURITY_STATEMENTS } from '../../../../shared/rules/maturity';
import { editorWorkshop, openTemplateWorkshop } from '../agenda/helpers';

const answerAndSubmit = (team: 'Marketing' | 'Sales', rating: number) => {
  for (const s of MATURITY_STATEMENTS) rate(team, s.id, rating);
  setSubmitted(team, true);
};

beforeEach(openTemplateWorkshop);

describe('maturity answers after the reveal', () => {
  it('are locked, say so, and open again only when the facilitator hides the results', () => {
    answerAndSubmit('Marketing', 4);
    answerAndSubmit('Sales', 2);
    render(<MaturityStep />);
    fireEvent.click(screen.getByRole('button', { name: 'Reveal' }));

    expect(screen.getByRole('note')).toHaveTextContent('Revealed — answers are locked.');
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(MATURITY_STATEMENTS.length * 5);
    for (const radio of radios) expect(radio).toBeDisabled();
    expect(screen.getAllByRole('radio', { checked: true })).toHaveLength(MATURITY_STATEMENTS.length);
    expect(screen.queryByRole('button', { name: 'Submit Marketing answers' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Change Marketing answers/ })).toBeNull();

    // Even a change that bypasses the screen (a stray shortcut, a script) is refused while revealed.
    const first = MATURITY_STATEMENTS[0]!.id;
    rate('Marketing', first, 1);
    setSubmitted('Sales', false);
    expect(editorWorkshop().maturity.Marketing.answers[first]).toBe(4);
    expect(editorWorkshop().maturity.Sales.submitted).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Hide again to re-open answers' }));
    expect(editorWorkshop().maturity.revealed).toBe(false);
    expect(screen.queryByRole('note')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Change Marketing answers' }));
    fireEvent.click(screen.getByRole('radio', { name: new RegExp(`^${MATURITY_STATEMENTS[0]!.topic}: 1 of 5`) }));
    expect(editorWorkshop().maturity.Marketing.answers[first]).toBe(1);
  });
});
