import { z } from 'zod';
import { OwnerSchema, idSchema, shortText } from './team';

export const PeriodSchema = z.enum(['per lead', 'daily', 'weekly', 'monthly', 'quarterly', 'once']);

export const CommitmentSchema = z.object({
  id: idSchema,
  owner: OwnerSchema,
  commitment: shortText('Commitment', 300),
  metric: shortText('Metric', 120),
  target: z.number({ message: 'Target must be a number' }).min(0).max(1_000_000_000),
  unit: z.string().trim().max(40).default(''),
  period: PeriodSchema,
  /** Set when a person typed the target, so derived values (MQLs from the funnel) stop overwriting it. */
  overridden: z.boolean().default(false),
  /** A derived row names where its target comes from, e.g. 'funnel.mqlPerMonth'. */
  derivedFrom: z.string().max(60).nullable().default(null),
});
export type Commitment = z.infer<typeof CommitmentSchema>;

export const CommitmentsSchema = z.object({
  rows: z.array(CommitmentSchema).max(200),
  reasonCodes: z.array(z.string().trim().min(1).max(80)).max(30).default([]),
  reviewDate: z.iso.date().nullable().default(null),
});
export type Commitments = z.infer<typeof CommitmentsSchema>;
