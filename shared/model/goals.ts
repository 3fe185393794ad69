import { z } from 'zod';

const rate = (label: string) =>
  z
    .number({ message: `${label} must be a number` })
    .gt(0, `${label} must be above 0 %`)
    .max(100, `${label} cannot exceed 100 %`);

/** Money is stored in minor units (cents) as integers so sums never drift. */
export const MoneyCentsSchema = z.number().int('Amounts are stored in whole cents').min(0, 'Amounts cannot be negative');

export const GoalsSchema = z.object({
  revenueTargetCents: MoneyCentsSchema.refine((v) => v > 0, 'Revenue target must be above zero'),
  averageDealCents: MoneyCentsSchema.refine((v) => v > 0, 'Average deal size must be above zero'),
  rates: z.object({
    mqlToSal: rate('MQL→SAL rate'),
    salToSql: rate('SAL→SQL rate'),
    sqlToWon: rate('SQL→won rate'),
  }),
  /** Share of deals that must come from marketing-sourced leads, in percent; null = all. */
  marketingSourcedShare: z.number().min(1).max(100).nullable().default(null),
  salesCycleDays: z.number().int().min(1).max(730).default(60),
  reps: z.number().int().min(1, 'At least one sales rep').max(10_000),
  mqlCapacityPerRepPerMonth: z.number().int().min(1).max(10_000).default(100),
});
export type Goals = z.infer<typeof GoalsSchema>;
