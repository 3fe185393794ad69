import type { AgreementContent, AgreementVersion } from '../../../shared/model/agreement';
import type { StepId } from '../../../shared/model/workshop';

/**
 * Which agenda step each part of the agreement is edited on. The header (organisation, title,
 * quarter…) sits in the Participants & context step; which teams must sign is chosen on Review.
 */
const STEP_OF: Record<keyof AgreementContent, StepId> = {
  organisation: 'participants',
  title: 'participants',
  quarter: 'participants',
  date: 'participants',
  facilitator: 'participants',
  locale: 'participants',
  currency: 'participants',
  participants: 'participants',
  leadDefinition: 'lead-definition',
  scoring: 'scoring',
  goals: 'goals',
  incentives: 'incentives',
  commitments: 'commitments',
  leadershipSignatureRequired: 'review',
};

/**
 * The steps whose part of the content differs between two versions of it. Parts are compared
 * by reference first (the editor replaces only what changed), then by value, so a replayed copy
 * that equals what is stored counts as no edit.
 */
export function stepsEdited(before: AgreementContent, after: AgreementContent): StepId[] {
  const steps = new Set<StepId>();
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof AgreementContent)[]);
  for (const key of keys) {
    if (before[key] === after[key]) continue;
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    steps.add(STEP_OF[key] ?? 'participants');
  }
  return [...steps];
}

/** One 'edited' event per step per sitting: a step edited again within ten minutes is the same sitting. */
export const SITTING_MS = 10 * 60 * 1000;
const lastRecorded = new Map<string, number>();

/** Forgets the sittings (tests). */
export function resetSittings() {
  lastRecorded.clear();
}

/** The edited steps whose sitting has not been recorded yet: the ones an 'edited' event is due for. */
export function stepsDue(version: AgreementVersion, steps: readonly StepId[], now = Date.now()): StepId[] {
  return steps.filter((step) => now - (lastRecorded.get(`${version.id}:${step}`) ?? -Infinity) >= SITTING_MS);
}

/** Their 'edited' events are stored: the sittings start now. */
export function sittingsRecorded(version: AgreementVersion, steps: readonly StepId[], now = Date.now()): void {
  for (const step of steps) lastRecorded.set(`${version.id}:${step}`, now);
}

/**
 * Appends an 'edited' event for each step edited whose sitting has not been recorded yet. Called
 * once the content is stored, so the trail never claims an edit that was lost. (Autosave stores
 * the events in the content's own transaction instead: saveEditorSnapshot.)
 */
export async function auditEditedSteps(version: AgreementVersion, steps: readonly StepId[], now = Date.now()): Promise<void> {
  const due = stepsDue(version, steps, now);
  if (due.length === 0) return;
  const [{ recordEditedSteps }, { db }] = await Promise.all([import('../db/repositories/audit'), import('../db/database')]);
  await recordEditedSteps(db, version, due);
  sittingsRecorded(version, due, now);
}
