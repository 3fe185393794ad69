import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createWorkshop, loadWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import { undo, useEditor } from '../../../../renderer/src/stores/editor';
import GoalsStep from '../../../../renderer/src/features/goals/GoalsStep';
import IncentivesStep from '../../../../renderer/src/features/incentives/IncentivesStep';
import CommitmentsStep from '../../../../renderer/src/features/commitments/CommitmentsStep';

const content = () => useEditor.getState().version!.content;
const mqlRow = () => content().commitments.rows.find((r) => r.derivedFrom === 'funnel.mqlPerMonth')!;
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

beforeEach(async () => {
  const workshop = await createWorkshop({ organisation: 'Acme', title: 'Q1 SLA', quarter: '2027-Q1', date: '2027-01-14', facilitator: 'Riley' });
  const found = await loadWorkshop(workshop.id);
  useEditor.getState().load(found!.workshop, found!.version);
});

describe('Shared goals step', () => {
  it('shows the $1.2M example funnel and its monthly MQLs', () => {
    render(<GoalsStep />);
    expect(screen.getByTestId('mql-headline')).toHaveTextContent('534 MQLs a quarter — 178 a month');
    expect(within(screen.getByTestId('funnel-sals')).getByText('267')).toBeInTheDocument();
  });

  it('moves the MQL commitment with a rate change, and one undo puts both back', () => {
    render(<GoalsStep />);
    type('MQL→SAL rate', '55');
    expect(content().goals.rates.mqlToSal).toBe(55);
    expect(mqlRow().target).toBe(162);
    undo();
    expect(content().goals.rates.mqlToSal).toBe(50);
    expect(mqlRow().target).toBe(178);
  });

  it('refuses a 0 % rate and a negative deal size with a message and saves nothing', () => {
    render(<GoalsStep />);
    type('MQL→SAL rate', '0');
    expect(screen.getByText('MQL→SAL rate must be above 0 %')).toBeInTheDocument();
    type('Average deal size', '-5k');
    expect(screen.getByText('Average deal size cannot be negative')).toBeInTheDocument();
    expect(content().goals.rates.mqlToSal).toBe(50);
    expect(content().goals.averageDealCents).toBe(3_000_000);
  });

  it('reads "1.5M" as money in cents', () => {
    render(<GoalsStep />);
    type('Revenue target per quarter', '1.5M');
    expect(content().goals.revenueTargetCents).toBe(150_000_000);
    expect(mqlRow().target).toBe(223); // 50 deals → 200 SQL → 334 SAL → 668 MQL → 223 a month
  });
});

describe('Incentive splits step', () => {
  it('shows the seed worked example and follows the split', () => {
    render(<IncentivesStep />);
    expect(screen.getByTestId('example-sales')).toHaveTextContent('$700');
    expect(screen.getByTestId('example-marketing')).toHaveTextContent('$300');
    fireEvent.change(screen.getByLabelText('Split of the pool: sales share'), { target: { value: '100' } });
    expect(screen.getByTestId('example-marketing')).toHaveTextContent('$0');
    expect(screen.getByTestId('incentive-warnings')).toHaveTextContent('Marketing gets nothing');
  });

  it('refuses a split over 100 % and a falling gate curve', () => {
    render(<IncentivesStep />);
    type('Sales share', '120');
    expect(screen.getByText('Split must be between 0 and 100 %')).toBeInTheDocument();
    type('Point 3 pay-out (%)', '40');
    expect(screen.getByText(/Point 3 must not pay less than 50 %/)).toBeInTheDocument();
    expect(content().incentives.salesSharePercent).toBe(70);
    expect(content().incentives.gate.points[2].payout).toBe(100);
  });
});

describe('SLA commitments step', () => {
  it('moves a row down with the button and undoes a delete', () => {
    render(<CommitmentsStep />);
    const first = 'Deliver MQLs that meet the lead definition';
    fireEvent.click(screen.getByRole('button', { name: `Move "${first}" down` }));
    expect(content().commitments.rows[1].commitment).toBe(first);
    fireEvent.click(screen.getByRole('button', { name: 'Delete "Weekly pipeline review"' }));
    expect(content().commitments.rows).toHaveLength(7);
    undo();
    expect(content().commitments.rows).toHaveLength(8);
  });

  it('shows where the MQL target comes from and resets a hand-set one', () => {
    useEditor.getState().editContent((c) => ({ ...c, commitments: { ...c.commitments, rows: c.commitments.rows.map((r) => (r.derivedFrom ? { ...r, target: 200, overridden: true } : r)) } }));
    render(<CommitmentsStep />);
    expect(screen.getByText('Set by hand')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /to the funnel$/ }));
    expect(mqlRow()).toMatchObject({ target: 178, overridden: false });
    expect(screen.getByText('From the funnel')).toBeInTheDocument();
  });
});
