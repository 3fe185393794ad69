import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ConsentBar } from '../../../../renderer/src/features/agenda/ConsentBar';
import { OpenItemsList } from '../../../../renderer/src/features/agenda/OpenItemsList';
import { ParkingLotPanel } from '../../../../renderer/src/features/agenda/ParkingLot';
import { undo, useEditor } from '../../../../renderer/src/stores/editor';
import { editorWorkshop, openTemplateWorkshop } from './helpers';

beforeEach(openTemplateWorkshop);

describe('ConsentBar', () => {
  it('records a fist of five per team and shows agreed, objection or open', () => {
    render(<ConsentBar step="maturity" />);
    expect(screen.getByTestId('consent-Marketing')).toHaveTextContent('Open');
    fireEvent.click(screen.getByRole('button', { name: 'Marketing: 4 of 5' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sales: 2 of 5' }));
    expect(screen.getByTestId('consent-Marketing')).toHaveTextContent('Agreed');
    expect(screen.getByTestId('consent-Sales')).toHaveTextContent('Objection');
    expect(screen.getByRole('button', { name: 'Marketing: 4 of 5' })).toHaveAttribute('aria-pressed', 'true');
    // One record per step and team, however often a team changes its vote.
    fireEvent.click(screen.getByRole('button', { name: 'Sales: 5 of 5' }));
    expect(editorWorkshop().consents.filter((c) => c.step === 'maturity')).toHaveLength(2);
    expect(screen.getByTestId('consent-Sales')).toHaveTextContent('Agreed');
  });

  it('a written objection wins over raised fingers, and undo takes the vote back', () => {
    render(<ConsentBar step="scoring" />);
    fireEvent.click(screen.getByRole('button', { name: 'Sales: 5 of 5' }));
    fireEvent.change(screen.getByLabelText('Sales objection (reason)'), { target: { value: 'Webinar points are too high' } });
    expect(screen.getByTestId('consent-Sales')).toHaveTextContent('Objection');
    undo();
    expect(editorWorkshop().consents.find((c) => c.team === 'Sales')?.objection ?? '').toBe('');
  });

  it('clicking the pressed number again clears the vote', () => {
    render(<ConsentBar step="goals" />);
    fireEvent.click(screen.getByRole('button', { name: 'Marketing: 3 of 5' }));
    fireEvent.click(screen.getByRole('button', { name: 'Marketing: 3 of 5' }));
    expect(screen.getByTestId('consent-Marketing')).toHaveTextContent('Open');
  });
});

describe('OpenItemsList', () => {
  it('lists objections and missing consent in agenda order, and says so when all is agreed', () => {
    const { rerender } = render(<OpenItemsList steps={['maturity', 'goals']} />);
    expect(within(screen.getByRole('region', { name: 'Open items' })).getAllByRole('listitem')).toHaveLength(4);
    useEditor.getState().editWorkshop((w) => ({
      ...w,
      consents: [
        { step: 'maturity', team: 'Marketing', fist: 5, objection: '' },
        { step: 'maturity', team: 'Sales', fist: 4, objection: '' },
        { step: 'goals', team: 'Marketing', fist: 4, objection: '' },
        { step: 'goals', team: 'Sales', fist: 4, objection: 'Revenue target is a stretch' },
      ],
    }));
    rerender(<OpenItemsList steps={['maturity', 'goals']} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Sales objects to Shared goals: Revenue target is a stretch');
    useEditor.getState().editWorkshop((w) => ({ ...w, consents: w.consents.map((c) => ({ ...c, objection: '' })) }));
    rerender(<OpenItemsList steps={['maturity', 'goals']} />);
    expect(screen.getByText('Marketing and Sales have agreed on every section.')).toBeInTheDocument();
  });
});

describe('ParkingLotPanel', () => {
  const Panel = () => <ParkingLotPanel items={useEditor((s) => s.workshop!.parkingLot)} />;

  it('refuses an empty question, then parks, resolves and removes one', () => {
    render(<Panel />);
    fireEvent.click(screen.getByRole('button', { name: 'Park it' }));
    expect(screen.getByText('Write the question first')).toBeInTheDocument();
    expect(editorWorkshop().parkingLot).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Park a question'), { target: { value: 'Who owns webinar leads?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Park it' }));
    expect(editorWorkshop().parkingLot.map((p) => p.text)).toEqual(['Who owns webinar leads?']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Who owns webinar leads?' }));
    expect(editorWorkshop().parkingLot[0].resolved).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Remove question: Who owns webinar leads?' }));
    expect(editorWorkshop().parkingLot).toHaveLength(0);
    undo();
    expect(editorWorkshop().parkingLot).toHaveLength(1);
  });
});
