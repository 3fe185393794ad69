import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import MaturityStep from '../../../../renderer/src/features/maturity/MaturityStep';
import { MATURITY_STATEMENTS } from '../../../../shared/rules/maturity';
import { editorWorkshop, openTemplateWorkshop } from './helpers';

const rateAll = (rating: (topic: string) => number) => {
  for (const s of MATURITY_STATEMENTS) fireEvent.click(screen.getByRole('radio', { name: new RegExp(`^${s.topic}: ${rating(s.topic)} of 5`) }));
};

beforeEach(openTemplateWorkshop);

describe('MaturityStep', () => {
  it('keeps each team’s answers apart and hidden until the reveal', () => {
    render(<MaturityStep />);
    expect(screen.getByRole('button', { name: 'Submit Marketing answers' })).toBeDisabled();
    rateAll(() => 4);
    expect(editorWorkshop().maturity.Marketing.answers['shared-goals']).toBe(4);
    fireEvent.click(screen.getByRole('button', { name: 'Submit Marketing answers' }));
    expect(screen.getByText(/Marketing has submitted 10 of 10 answers/)).toBeInTheDocument();
    expect(screen.queryAllByRole('radio', { checked: true })).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Reveal' })).toBeDisabled();

    fireEvent.click(screen.getByRole('tab', { name: 'Sales answers' }));
    expect(screen.getByRole('tab', { name: 'Sales answers' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryAllByRole('radio', { checked: true })).toHaveLength(0);
    rateAll((topic) => (topic === 'Shared incentives' ? 1 : 2));
    expect(editorWorkshop().maturity.Marketing.answers['shared-incentives']).toBe(4);
    fireEvent.click(screen.getByRole('button', { name: 'Submit Sales answers' }));
    expect(editorWorkshop().maturity.revealed).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(editorWorkshop().maturity.revealed).toBe(true);
    const results = screen.getByRole('region', { name: 'Results' });
    expect(results).toHaveTextContent('Marketing rates the alignment 80 (Integrated), sales 38 (Undefined): 42 points apart.');
    expect(screen.getByLabelText('Marketing result')).toHaveTextContent('Revenue generation');
    expect(screen.getByLabelText('Sales result')).toHaveTextContent('Traditional marketing');
    // The widest gap comes first and is highlighted.
    const rows = results.querySelectorAll('.gap-row');
    expect(rows[0]).toHaveTextContent('Shared incentives');
    expect(rows[0]).toHaveAttribute('data-big-gap', 'true');
    expect(rows[0]).toHaveTextContent('gap 3');
  });

  it('lets a team reopen its answers before the reveal', () => {
    render(<MaturityStep />);
    rateAll(() => 3);
    fireEvent.click(screen.getByRole('button', { name: 'Submit Marketing answers' }));
    fireEvent.click(screen.getByRole('button', { name: 'Change Marketing answers' }));
    expect(editorWorkshop().maturity.Marketing.submitted).toBe(false);
    expect(screen.getAllByRole('radio', { checked: true })).toHaveLength(10);
  });
});
