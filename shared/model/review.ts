import { z } from 'zod';
import { idSchema } from './team';
import { QuarterSchema } from './quarter';

/**
 * What actually happened in a quarter, entered at the quarterly review. Every figure may be
 * left empty (null): a missing number shows as "no data", never as a zero that looks missed.
 */

const count = (label: string) =>
  z
    .number({ message: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(0, `${label} cannot be negative`)
    .max(1_000_000_000, `${label} is implausibly large`)
    .nullable()
    .default(null);

const cents = (label: string) =>
  z
    .number({ message: `${label} must be an amount` })
    .int('Amounts are stored in whole cents')
    .min(0, `${label} cannot be negative`)
    .max(Number.MAX_SAFE_INTEGER, `${label} is implausibly large`)
    .nullable()
    .default(null);

const hours = (label: string) =>
  z
    .number({ message: `${label} must be a number of hours` })
    .min(0, `${label} cannot be negative`)
    .max(10_000, `${label} is implausibly long (more than 10,000 hours)`)
    .nullable()
    .default(null);

const percent = (label: string) =>
  z
    .number({ message: `${label} must be a percentage` })
    .min(0, `${label} must be between 0 and 100 %`)
    .max(100, `${label} must be between 0 and 100 %`)
    .nullable()
    .default(null);

export const ActualsSchema = z.object({
  mqlsDelivered: count('MQLs delivered'),
  sqls: count('SQLs'),
  deals: count('Deals won'),
  revenueCents: cents('Revenue'),
  medianFirstContactHours: hours('Median time to first contact'),
  acceptedWithin24hPercent: percent('Share of MQLs accepted or rejected within 24 h'),
  // Optional extras: shown on the scorecard only when entered.
  sals: count('SALs'),
  pipelineCents: cents('Pipeline'),
  medianAcceptHours: hours('Median time to accept or reject'),
  rejectedMqlPercent: percent('Share of MQLs rejected'),
});
export type Actuals = z.infer<typeof ActualsSchema>;

export const QuarterActualsSchema = z.object({
  /** The agreement version whose promises these actuals are measured against. */
  versionId: idSchema,
  quarter: QuarterSchema,
  actuals: ActualsSchema,
  /** Commitment id → the actual in the same unit and period as that commitment's target. */
  perCommitment: z
    .record(idSchema, z.number({ message: 'A commitment actual must be a number' }).min(0, 'A commitment actual cannot be negative').max(1_000_000_000).nullable())
    .default({}),
  notes: z.string().max(5000, 'Notes are too long (at most 5,000 characters)').default(''),
  enteredAt: z.iso.datetime('Entered-at must be a date and time'),
});
export type QuarterActuals = z.infer<typeof QuarterActualsSchema>;
