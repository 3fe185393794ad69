import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STEP_IDS, type Agenda } from '../../../shared/model/workshop';
import { defaultAgenda } from '../../../shared/template/sales-marketing';
import {
  addMinute,
  goToStep,
  nextStep,
  pauseTimer,
  previousStep,
  rebalance,
  setStepMinutes,
  startTimer,
  timerState,
  totalPlannedMinutes,
} from '../../../shared/rules/agenda';

const T0 = '2027-01-15T09:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

function withSpent(agenda: Agenda, spent: Partial<Record<(typeof STEP_IDS)[number], number>>): Agenda {
  return { ...agenda, steps: agenda.steps.map((s) => ({ ...s, spentSeconds: spent[s.step] ?? s.spentSeconds })) };
}

describe('timer', () => {
  it('counts the running clock and colours by the time left', () => {
    // participants: 10 min planned = 600 s
    const running = startTimer(defaultAgenda(), T0);
    expect(timerState(running, at(60))).toMatchObject({ step: 'participants', running: true, plannedSeconds: 600, spentSeconds: 60, remainingSeconds: 540, level: 'normal' });
    expect(timerState(running, at(480)).level).toBe('amber'); // 20 % left
    expect(timerState(running, at(479)).level).toBe('normal');
    expect(timerState(running, at(570)).level).toBe('red'); // 5 % left
    const over = timerState(running, at(700));
    expect(over.remainingSeconds).toBe(-100);
    expect(over.level).toBe('red');
    expect(over.fractionLeft).toBeCloseTo(-100 / 600);
  });

  it('banks elapsed time on pause and ignores a second start', () => {
    const started = startTimer(defaultAgenda(), T0);
    expect(startTimer(started, at(30))).toBe(started);
    const paused = pauseTimer(started, at(90));
    expect(paused.timerStartedAt).toBeNull();
    expect(paused.steps[0].spentSeconds).toBe(90);
    expect(timerState(paused, at(5000)).spentSeconds).toBe(90);
    expect(pauseTimer(paused, at(100))).toBe(paused);
    // the input agenda is untouched
    expect(started.steps[0].spentSeconds).toBe(0);
  });

  it('treats a clock that went backwards as no time', () => {
    const started = startTimer(defaultAgenda(), at(100));
    expect(timerState(started, T0).spentSeconds).toBe(0);
  });

  it('moves the running clock to the new step and banks the old one', () => {
    const started = startTimer(defaultAgenda(), T0);
    const moved = goToStep(started, 'scoring', at(120));
    expect(moved.current).toBe('scoring');
    expect(moved.timerStartedAt).toBe(at(120));
    expect(moved.steps.find((s) => s.step === 'participants')?.spentSeconds).toBe(120);
    expect(timerState(moved, at(180)).spentSeconds).toBe(60);
    // a paused clock stays paused
    const pausedMove = goToStep(pauseTimer(moved, at(180)), 'goals', at(500));
    expect(pausedMove.timerStartedAt).toBeNull();
    expect(pausedMove.steps.find((s) => s.step === 'scoring')?.spentSeconds).toBe(60);
  });

  it('steps forward and back within the agenda', () => {
    const a = defaultAgenda();
    expect(nextStep(a, T0).current).toBe('maturity');
    expect(previousStep(a, T0)).toBe(a);
    const last = goToStep(a, 'export', T0);
    expect(nextStep(last, T0)).toBe(last);
    expect(previousStep(last, T0).current).toBe('review');
  });

  it('adds a minute and validates typed minutes', () => {
    expect(addMinute(defaultAgenda()).steps[0].minutes).toBe(11);
    expect(addMinute(defaultAgenda(), 'goals').steps.find((s) => s.step === 'goals')?.minutes).toBe(26);
    const ok = setStepMinutes(defaultAgenda(), 'scoring', 60);
    expect(ok.ok && ok.data.steps.find((s) => s.step === 'scoring')?.minutes).toBe(60);
    const bad = setStepMinutes(defaultAgenda(), 'scoring', 601);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toBe('Minutes for Scoring must be between 0 and 600.');
    expect(setStepMinutes(defaultAgenda(), 'scoring', -1).ok).toBe(false);
    expect(setStepMinutes(defaultAgenda(), 'scoring', Number.NaN).ok).toBe(false);
  });
});

describe('rebalance', () => {
  it('takes an overrun from later steps in proportion to their length', () => {
    // Scoring planned 45 min, spent 56.5 min → 12 min over (rounded up).
    // Later: goals 25, incentives 20, commitments 30, review 20, export 5 (100 min).
    // Ideal cuts 3, 2.4, 3.6, 2.4, 0.6 → floors 3,2,3,2,0 and the two largest fractions get +1.
    const agenda = withSpent(goToStep(defaultAgenda(), 'scoring', T0), { participants: 600, maturity: 1300, 'lead-definition': 1700, scoring: 56.5 * 60 });
    const result = rebalance(agenda);
    const minutes = Object.fromEntries(result.agenda.steps.map((s) => [s.step, s.minutes]));
    expect(result.overrunMinutes).toBe(12);
    expect(result.takenMinutes).toBe(12);
    expect(minutes).toEqual({ participants: 10, maturity: 20, 'lead-definition': 30, scoring: 57, goals: 22, incentives: 18, commitments: 26, review: 18, export: 4 });
    expect(totalPlannedMinutes(result.agenda)).toBe(205);
    expect(result.sentence).toBe('Scoring ran 12 min over. Took the time from later steps (Shared goals −3, Incentives −2, Commitments −4, Review & sign −2, Export −1); the workshop still ends on time.');
  });

  it('counts the running clock when given the time', () => {
    const agenda = startTimer(goToStep(defaultAgenda(), 'export', T0), T0);
    // export: 5 min planned, 8 min running → 3 over, nothing later
    const result = rebalance(agenda, at(8 * 60));
    expect(result.overrunMinutes).toBe(3);
    expect(result.takenMinutes).toBe(0);
    expect(result.sentence).toBe('Export ran 3 min over. No later step has time to spare, so the workshop now runs 3 min longer.');
    expect(rebalance(agenda).overrunMinutes).toBe(0);
  });

  it('never cuts a later step below one minute and says how much longer the day runs', () => {
    const agenda = withSpent(goToStep(defaultAgenda(), 'review', T0), { review: 30 * 60 });
    const result = rebalance(agenda);
    expect(result.agenda.steps.find((s) => s.step === 'export')?.minutes).toBe(1);
    expect(result.takenMinutes).toBe(4);
    expect(totalPlannedMinutes(result.agenda)).toBe(211);
    expect(result.sentence).toContain('Only 4 min could come from later steps (Export −4)');
    expect(result.sentence).toContain('now runs 6 min longer');
  });

  it('leaves an on-time agenda alone', () => {
    const agenda = defaultAgenda();
    const result = rebalance(agenda);
    expect(result.agenda).toBe(agenda);
    expect(result.sentence).toBe('Participants is within its time; nothing to rebalance.');
  });

  it('keeps later steps at one minute or more, never touches finished or started steps, keeps the total when it can', () => {
    const stepArb = fc.record({ minutes: fc.integer({ min: 0, max: 120 }), spentSeconds: fc.integer({ min: 0, max: 7200 }), startedLater: fc.boolean() });
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: STEP_IDS.length, maxLength: STEP_IDS.length }), fc.integer({ min: 0, max: STEP_IDS.length - 1 }), fc.integer({ min: 0, max: 20_000 }), (raw, currentIndex, currentSpent) => {
        const agenda: Agenda = {
          current: STEP_IDS[currentIndex],
          timerStartedAt: null,
          steps: raw.map((r, i) => ({
            step: STEP_IDS[i],
            minutes: r.minutes,
            spentSeconds: i < currentIndex ? r.spentSeconds : i === currentIndex ? currentSpent : r.startedLater ? r.spentSeconds : 0,
          })),
        };
        const before = structuredClone(agenda);
        const result = rebalance(agenda);
        expect(agenda).toEqual(before);
        const capacity = agenda.steps.slice(currentIndex + 1).filter((s) => s.spentSeconds === 0).reduce((sum, s) => sum + Math.max(0, s.minutes - 1), 0);
        result.agenda.steps.forEach((s, i) => {
          const old = agenda.steps[i];
          expect(s.spentSeconds).toBe(old.spentSeconds);
          if (i < currentIndex || (i > currentIndex && old.spentSeconds > 0)) expect(s).toEqual(old);
          if (i > currentIndex) {
            expect(s.minutes).toBeLessThanOrEqual(old.minutes);
            expect(s.minutes).toBeGreaterThanOrEqual(Math.min(old.minutes, 1));
          }
        });
        const overrun = Math.max(0, Math.ceil((currentSpent - agenda.steps[currentIndex].minutes * 60) / 60));
        expect(result.overrunMinutes).toBe(overrun);
        expect(result.takenMinutes).toBe(Math.min(overrun, capacity));
        expect(totalPlannedMinutes(result.agenda)).toBe(totalPlannedMinutes(agenda) + overrun - result.takenMinutes);
      }),
    );
  });
});
