import { STEP_IDS, type Agenda, type StepId } from '../model/workshop';
import { fail, ok, type Result } from '../ipc/result';

/**
 * The guided agenda's clock. Only one timer runs at a time: the current step's. Time is
 * accumulated into `spentSeconds` whenever the timer pauses or the step changes, so a stored
 * agenda never depends on a clock that kept ticking while the app was closed.
 * Every function here returns a new agenda and leaves its input untouched.
 */

export type AgendaStep = Agenda['steps'][number];
export type TimerLevel = 'normal' | 'amber' | 'red';

export const STEP_LABELS: Record<StepId, string> = {
  participants: 'Participants',
  maturity: 'Maturity check',
  'lead-definition': 'Lead definition',
  scoring: 'Scoring',
  goals: 'Shared goals',
  incentives: 'Incentives',
  commitments: 'Commitments',
  review: 'Review & sign',
  export: 'Export',
};

export const MAX_STEP_MINUTES = 600;

export interface TimerState {
  step: StepId;
  running: boolean;
  plannedSeconds: number;
  spentSeconds: number;
  /** Negative once the step has overrun. */
  remainingSeconds: number;
  /** remaining ÷ planned; 0 for a step planned at zero minutes. */
  fractionLeft: number;
  level: TimerLevel;
}

/** Whole seconds between two instants; a clock that went backwards counts as no time. */
function elapsedSeconds(startIso: string | null, nowIso: string): number {
  if (startIso === null) return 0;
  const ms = Date.parse(nowIso) - Date.parse(startIso);
  return Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
}

const findStep = (agenda: Agenda, step: StepId): AgendaStep | undefined => agenda.steps.find((s) => s.step === step);

function updateStep(agenda: Agenda, step: StepId, change: (s: AgendaStep) => AgendaStep): Agenda {
  return { ...agenda, steps: agenda.steps.map((s) => (s.step === step ? change(s) : s)) };
}

/** Amber with a fifth of the time left, red with a twentieth left or once over. */
export function levelFor(fractionLeft: number): TimerLevel {
  if (fractionLeft <= 0.05) return 'red';
  if (fractionLeft <= 0.2) return 'amber';
  return 'normal';
}

export function timerState(agenda: Agenda, nowIso: string): TimerState {
  const entry = findStep(agenda, agenda.current);
  const plannedSeconds = Math.round((entry?.minutes ?? 0) * 60);
  const spentSeconds = (entry?.spentSeconds ?? 0) + elapsedSeconds(agenda.timerStartedAt, nowIso);
  const remainingSeconds = plannedSeconds - spentSeconds;
  const fractionLeft = plannedSeconds > 0 ? remainingSeconds / plannedSeconds : 0;
  return { step: agenda.current, running: agenda.timerStartedAt !== null, plannedSeconds, spentSeconds, remainingSeconds, fractionLeft, level: levelFor(fractionLeft) };
}

export function startTimer(agenda: Agenda, nowIso: string): Agenda {
  return agenda.timerStartedAt !== null ? agenda : { ...agenda, timerStartedAt: nowIso };
}

/** Stops the clock and banks the running time on the current step. */
export function pauseTimer(agenda: Agenda, nowIso: string): Agenda {
  if (agenda.timerStartedAt === null) return agenda;
  const elapsed = elapsedSeconds(agenda.timerStartedAt, nowIso);
  return { ...updateStep(agenda, agenda.current, (s) => ({ ...s, spentSeconds: s.spentSeconds + elapsed })), timerStartedAt: null };
}

export function addMinute(agenda: Agenda, step: StepId = agenda.current): Agenda {
  return updateStep(agenda, step, (s) => ({ ...s, minutes: Math.min(MAX_STEP_MINUTES, s.minutes + 1) }));
}

export function setStepMinutes(agenda: Agenda, step: StepId, minutes: number): Result<Agenda> {
  if (!Number.isFinite(minutes) || minutes < 0 || minutes > MAX_STEP_MINUTES) {
    return fail('BAD_INPUT', `Minutes for ${STEP_LABELS[step]} must be between 0 and ${MAX_STEP_MINUTES}.`);
  }
  if (!findStep(agenda, step)) return fail('NOT_FOUND', `${STEP_LABELS[step]} is not on this agenda.`);
  return ok(updateStep(agenda, step, (s) => ({ ...s, minutes })));
}

/** Moves to another step; a running clock keeps running, now for the new step. */
export function goToStep(agenda: Agenda, step: StepId, nowIso: string): Agenda {
  if (step === agenda.current) return agenda;
  const wasRunning = agenda.timerStartedAt !== null;
  const paused = pauseTimer(agenda, nowIso);
  return { ...paused, current: step, timerStartedAt: wasRunning ? nowIso : null };
}

/** The agenda's own order, falling back to the canonical order for a step it does not list. */
function order(agenda: Agenda): StepId[] {
  return agenda.steps.length > 0 ? agenda.steps.map((s) => s.step) : [...STEP_IDS];
}

function neighbour(agenda: Agenda, offset: 1 | -1, nowIso: string): Agenda {
  const steps = order(agenda);
  const index = steps.indexOf(agenda.current);
  const target = index === -1 ? steps[0] : steps[index + offset];
  return target === undefined ? agenda : goToStep(agenda, target, nowIso);
}

export const nextStep = (agenda: Agenda, nowIso: string): Agenda => neighbour(agenda, 1, nowIso);
export const previousStep = (agenda: Agenda, nowIso: string): Agenda => neighbour(agenda, -1, nowIso);

export const totalPlannedMinutes = (agenda: Agenda): number => agenda.steps.reduce((sum, s) => sum + s.minutes, 0);

/**
 * Splits `amount` whole minutes over steps in proportion to their weights, never taking more
 * than a step's cap. Steps that would hit their cap are filled first and the rest is shared
 * again among the others; rounding leftovers go to the largest fractions (earlier step on a tie).
 */
function proportionalCuts(weights: number[], caps: number[], amount: number): number[] {
  const cuts = weights.map(() => 0);
  let active = weights.map((_, i) => i).filter((i) => caps[i] > 0 && weights[i] > 0);
  let remaining = amount;
  while (remaining > 0 && active.length > 0) {
    const weightSum = active.reduce((sum, i) => sum + weights[i], 0);
    const ideal = new Map(active.map((i) => [i, (remaining * weights[i]) / weightSum]));
    const saturated = active.filter((i) => (ideal.get(i) as number) >= caps[i] - cuts[i]);
    if (saturated.length > 0) {
      for (const i of saturated) {
        remaining -= caps[i] - cuts[i];
        cuts[i] = caps[i];
      }
      active = active.filter((i) => !saturated.includes(i));
      continue;
    }
    for (const i of active) cuts[i] += Math.floor(ideal.get(i) as number);
    let leftover = remaining - active.reduce((sum, i) => sum + Math.floor(ideal.get(i) as number), 0);
    // Fractions compared at 1e-9 so 0.6 and 0.6000000000000001 count as a tie.
    const fraction = (i: number) => Math.round(((ideal.get(i) as number) % 1) * 1e9);
    const byFraction = [...active].sort((a, b) => fraction(b) - fraction(a) || a - b);
    for (const i of byFraction) {
      if (leftover <= 0) break;
      cuts[i] += 1;
      leftover -= 1;
    }
    remaining = 0;
  }
  return cuts;
}

export interface RebalanceResult {
  agenda: Agenda;
  sentence: string;
  /** Whole minutes the current step ran over its plan. */
  overrunMinutes: number;
  /** Minutes taken from later steps; the rest lengthens the workshop. */
  takenMinutes: number;
  cuts: { step: StepId; minutes: number }[];
}

/**
 * When the current step has overrun, its plan grows to the time actually needed and the same
 * minutes are taken from the later steps that have not started yet, in proportion to their
 * planned length, never leaving one below 1 minute (a step planned at 0 stays 0). Steps
 * already finished or already started are never touched. If the later steps cannot give it
 * all, the workshop runs longer and the sentence says by how much.
 * Pass `nowIso` to count the running clock too.
 */
export function rebalance(agenda: Agenda, nowIso?: string): RebalanceResult {
  const label = STEP_LABELS[agenda.current];
  const currentIndex = agenda.steps.findIndex((s) => s.step === agenda.current);
  const current = agenda.steps[currentIndex];
  const spent = (current?.spentSeconds ?? 0) + (nowIso ? elapsedSeconds(agenda.timerStartedAt, nowIso) : 0);
  const overrunMinutes = current ? Math.ceil((spent - current.minutes * 60) / 60) : 0;
  if (currentIndex === -1 || overrunMinutes <= 0) {
    return { agenda, sentence: `${label} is within its time; nothing to rebalance.`, overrunMinutes: 0, takenMinutes: 0, cuts: [] };
  }
  const later = agenda.steps.map((s, i) => ({ s, i })).filter(({ s, i }) => i > currentIndex && s.spentSeconds === 0);
  const weights = later.map(({ s }) => s.minutes);
  const caps = later.map(({ s }) => Math.max(0, Math.floor(s.minutes) - 1));
  const takenMinutes = Math.min(overrunMinutes, caps.reduce((a, b) => a + b, 0));
  const cutList = proportionalCuts(weights, caps, takenMinutes);
  const cutByIndex = new Map(later.map(({ i }, k) => [i, cutList[k]]));
  const steps = agenda.steps.map((s, i) => {
    if (i === currentIndex) return { ...s, minutes: Math.min(MAX_STEP_MINUTES, s.minutes + overrunMinutes) };
    const cut = cutByIndex.get(i) ?? 0;
    return cut > 0 ? { ...s, minutes: s.minutes - cut } : s;
  });
  const cuts = later.map(({ s }, k) => ({ step: s.step, minutes: cutList[k] })).filter((c) => c.minutes > 0);
  const lead = `${label} ran ${overrunMinutes} min over.`;
  const detail = cuts.map((c) => `${STEP_LABELS[c.step]} −${c.minutes}`).join(', ');
  const longer = overrunMinutes - takenMinutes;
  let sentence: string;
  if (takenMinutes === 0) sentence = `${lead} No later step has time to spare, so the workshop now runs ${longer} min longer.`;
  else if (longer === 0) sentence = `${lead} Took the time from later steps (${detail}); the workshop still ends on time.`;
  else sentence = `${lead} Only ${takenMinutes} min could come from later steps (${detail}) without cutting any below 1 minute; the workshop now runs ${longer} min longer.`;
  return { agenda: { ...agenda, steps }, sentence, overrunMinutes, takenMinutes, cuts };
}
