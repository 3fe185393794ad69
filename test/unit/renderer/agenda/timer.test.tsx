import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { AgendaTimer } from '../../../../renderer/src/features/agenda/AgendaTimer';
import { formatClock } from '../../../../renderer/src/features/agenda/clock';
import { useEditor } from '../../../../renderer/src/stores/editor';
import { editorWorkshop, openTemplateWorkshop } from './helpers';

const minutesOf = (step: string) => editorWorkshop().agenda.steps.find((s) => s.step === step)!.minutes;
const tick = (seconds: number) => act(() => vi.advanceTimersByTime(seconds * 1000));

describe('formatClock', () => {
  it('writes minutes and zero-padded seconds, ignoring the sign', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(754)).toBe('12:34');
    expect(formatClock(-65)).toBe('1:05');
    expect(formatClock(3600)).toBe('60:00');
  });
});

describe('AgendaTimer', () => {
  beforeEach(async () => {
    await openTemplateWorkshop();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'], now: new Date('2027-01-14T09:00:00Z') });
  });
  afterEach(() => vi.useRealTimers());

  it('counts down the current step and turns amber at 20 % left and red at 5 %', () => {
    render(<AgendaTimer />);
    const timer = screen.getByRole('timer');
    expect(timer).toHaveTextContent('10:00'); // participants: 10 minutes
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    tick(7 * 60);
    expect(timer).toHaveTextContent('3:00');
    expect(timer).toHaveAttribute('data-level', 'normal');
    tick(61);
    expect(timer).toHaveTextContent('1:59');
    expect(timer).toHaveAttribute('data-level', 'amber');
    tick(90);
    expect(timer).toHaveTextContent('0:29');
    expect(timer).toHaveAttribute('data-level', 'red');
  });

  it('pauses, banks the time, and +1 min lengthens the step without an undo step', () => {
    render(<AgendaTimer />);
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    tick(120);
    fireEvent.click(screen.getByRole('button', { name: 'Pause timer' }));
    expect(editorWorkshop().agenda.steps[0].spentSeconds).toBe(120);
    tick(300);
    expect(screen.getByRole('timer')).toHaveTextContent('8:00');
    fireEvent.click(screen.getByRole('button', { name: '+1 min: add one minute to this step' }));
    expect(minutesOf('participants')).toBe(11);
    expect(screen.getByRole('timer')).toHaveTextContent('9:00');
    expect(useEditor.temporal.getState().pastStates).toHaveLength(0);
  });

  it('stands still once every required team has signed, at the moment of the last signature', () => {
    render(<AgendaTimer />);
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    tick(120);
    const version = useEditor.getState().version!;
    const signedAt = new Date().toISOString();
    act(() => useEditor.setState({ version: { ...version, status: 'signed', signatures: [{ ...({} as (typeof version.signatures)[number]), signedAt }] } }));
    tick(300);
    expect(screen.getByRole('timer')).toHaveTextContent('8:00');
    expect(screen.getByRole('timer')).toHaveAttribute('data-running', 'false');
    expect(screen.getByRole('button', { name: /timer/ })).toBeDisabled();
  });

  it('flashes at zero and offers to rebalance once the step overruns', () => {
    render(<AgendaTimer />);
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    tick(599);
    expect(screen.getByTestId('agenda-timer')).toHaveAttribute('data-flash', 'false');
    tick(1);
    expect(screen.getByTestId('agenda-timer')).toHaveAttribute('data-flash', 'true');
    tick(4);
    expect(screen.getByTestId('agenda-timer')).toHaveAttribute('data-flash', 'false');
    tick(86); // 1:30 over
    expect(screen.getByRole('timer')).toHaveTextContent('+1:30 over');
    const laterMinutes = () => editorWorkshop().agenda.steps.slice(1).reduce((sum, s) => sum + s.minutes, 0);
    const before = laterMinutes();
    fireEvent.click(screen.getByRole('button', { name: 'Rebalance the remaining steps' }));
    // 1:30 over rounds up to 2 minutes, taken from the later steps so the day still ends on time.
    expect(minutesOf('participants')).toBe(12);
    expect(laterMinutes()).toBe(before - 2);
    expect(screen.queryByRole('button', { name: 'Rebalance the remaining steps' })).toBeNull();
    expect(screen.getByRole('timer')).not.toHaveTextContent('over');
  });

  it('refuses an impossible timebox with a message and keeps the old one', () => {
    render(<AgendaTimer />);
    // The timebox button says what it is, not just a bare number.
    const timebox = screen.getByRole('button', { name: 'Timebox: 10 min — edit timeboxes' });
    expect(timebox).toHaveTextContent('Timebox: 10 min');
    fireEvent.click(timebox);
    fireEvent.change(screen.getByLabelText('Scoring (minutes)'), { target: { value: '-5' } });
    expect(screen.getByText('Minutes for Scoring must be between 0 and 600.')).toBeInTheDocument();
    expect(minutesOf('scoring')).toBe(45);
    fireEvent.change(screen.getByLabelText('Scoring (minutes)'), { target: { value: '50' } });
    expect(minutesOf('scoring')).toBe(50);
  });
});
