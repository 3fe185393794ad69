import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { createWorkshop, loadWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import { useEditor } from '../../../../renderer/src/stores/editor';
import GoalsStep from '../../../../renderer/src/features/goals/GoalsStep';
import { edit } from '../../../../renderer/src/stores/edit';

const content = () => useEditor.getState().version!.content;

beforeEach(async () => {
  const workshop = await createWorkshop({ organisation: 'Acme', title: 'Q1 SLA', quarter: '2027-Q1', date: '2027-01-14', facilitator: 'Riley' });
  const found = await loadWorkshop(workshop.id);
  useEditor.getState().load(found!.workshop, found!.version);
});

describe('Shared goals: the funnel’s rounding is said, and a 0 % rate is refused by the rule', () => {
  it('says "rounded up at every stage" and how the monthly figures are made', () => {
    render(<GoalsStep />);
    expect(screen.getByTestId('funnel-rounding')).toHaveTextContent(
      'Every stage is rounded up to a whole number, so no stage falls short: 160 SQLs ÷ 60 % SAL→SQL = 266.67, so 267 SALs. ' +
        'Monthly figures are each quarterly figure ÷ 3, rounded up stage by stage: 40 deals a quarter make 14 a month (42 over the three months).',
    );
  });

  it('goals that hold a 0 % rate (from an import, say) show the refusal instead of figures', () => {
    act(() => void useEditor.setState({ version: { ...useEditor.getState().version!, content: { ...content(), goals: { ...content().goals, rates: { ...content().goals.rates, mqlToSal: 0 } } } } }));
    render(<GoalsStep />);
    expect(screen.getByTestId('funnel-refused')).toHaveTextContent('The funnel cannot be worked out: The MQL→SAL rate must be above 0 % (it is 0 %)');
    expect(screen.queryByTestId('mql-headline')).toBeNull();
    expect(screen.getByLabelText('MQL→SAL rate')).toBeInTheDocument();
  });

  it('an edit that would give the funnel a 0 % rate is refused with the rule’s message and saves nothing', () => {
    const refused = edit('goals', (g) => ({ ...g, rates: { ...g.rates, sqlToWon: 0 } }), { capture: { coalesce: 'test' } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/^The SQL→won rate must be above 0 %/);
    expect(content().goals.rates.sqlToWon).toBe(25);
  });
});
