/** The workshop's steps in agenda order: a plain list with no zod, so the router can load it at start-up. */
export const STEP_IDS = ['participants', 'maturity', 'lead-definition', 'scoring', 'goals', 'incentives', 'commitments', 'review', 'export'] as const;
export type StepId = (typeof STEP_IDS)[number];

export const isStepId = (value: string | undefined): value is StepId => (STEP_IDS as readonly string[]).includes(value ?? '');
