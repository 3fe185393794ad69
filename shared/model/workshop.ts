import { z } from 'zod';
import { TeamSchema, idSchema } from './team';
import { STEP_IDS } from './step-ids';

export { STEP_IDS };
export const StepIdSchema = z.enum(STEP_IDS);
export type StepId = z.infer<typeof StepIdSchema>;

export const AgendaStepSchema = z.object({
  step: StepIdSchema,
  /** Planned minutes for this step. */
  minutes: z.number().min(0).max(600),
  /** Seconds actually spent so far. */
  spentSeconds: z.number().min(0).default(0),
});

export const AgendaSchema = z.object({
  current: StepIdSchema,
  steps: z.array(AgendaStepSchema),
  /** ISO time the running timer started, or null when paused. */
  timerStartedAt: z.iso.datetime().nullable().default(null),
});
export type Agenda = z.infer<typeof AgendaSchema>;

export const ConsentSchema = z.object({
  step: StepIdSchema,
  team: TeamSchema,
  /** Fist of five: 0 = block, 5 = full support; 3+ counts as agreed. */
  fist: z.number().int().min(0).max(5).nullable().default(null),
  objection: z.string().max(1000).default(''),
});

export const ParkingItemSchema = z.object({
  id: idSchema,
  text: z.string().trim().min(1, 'Write the question first').max(500),
  resolved: z.boolean().default(false),
  createdAt: z.iso.datetime(),
  /** Dots the room gave this question in its last dot vote; absent until one was held. */
  dots: z.number().int().min(0).max(10_000).optional(),
});

export const MaturityAnswersSchema = z.object({
  /** Statement id → rating 1–5: whole on the laptop, a team's mean (two decimals) from the room. */
  answers: z.record(z.string(), z.number().min(1).max(5)),
  submitted: z.boolean().default(false),
});

export const MaturitySchema = z.object({
  Marketing: MaturityAnswersSchema.default({ answers: {}, submitted: false }),
  Sales: MaturityAnswersSchema.default({ answers: {}, submitted: false }),
  revealed: z.boolean().default(false),
});

export const TeamRankingSchema = z.object({
  /** Criterion ids, most important first. */
  order: z.array(idSchema),
  submitted: z.boolean().default(false),
});

export const RankingsSchema = z.object({
  Marketing: TeamRankingSchema.default({ order: [], submitted: false }),
  Sales: TeamRankingSchema.default({ order: [], submitted: false }),
  revealed: z.boolean().default(false),
});

export const WorkshopSchema = z.object({
  id: idSchema,
  /** The agreement version this workshop edits. */
  versionId: idSchema,
  agreementId: idSchema,
  agenda: AgendaSchema,
  consents: z.array(ConsentSchema).default([]),
  parkingLot: z.array(ParkingItemSchema).default([]),
  maturity: MaturitySchema.default({ Marketing: { answers: {}, submitted: false }, Sales: { answers: {}, submitted: false }, revealed: false }),
  rankings: RankingsSchema.default({ Marketing: { order: [], submitted: false }, Sales: { order: [], submitted: false }, revealed: false }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Workshop = z.infer<typeof WorkshopSchema>;
