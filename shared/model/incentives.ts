import { z } from 'zod';

export const GatePointSchema = z.object({
  attainment: z.number().min(0).max(500),
  payout: z.number().min(0).max(500),
});

export const IncentivesSchema = z
  .object({
    /** Variable-compensation pool as a percent of revenue: of the quarter's revenue target, it is the on-target bonus. */
    poolPercent: z.number().min(0, 'Pool cannot be negative').max(100, 'Pool cannot exceed 100 % of revenue'),
    /** Sales' share of the pool in percent; marketing gets the rest, so the split always sums to 100. */
    salesSharePercent: z.number().min(0, 'Split must be between 0 and 100 %').max(100, 'Split must be between 0 and 100 %'),
    gate: z.object({
      enabled: z.boolean(),
      points: z.array(GatePointSchema).max(20),
    }),
    /** Multiplies what the gate curve adds above 100 % attainment (marginal); 1 = no acceleration. */
    acceleratorAbove100: z.number().min(1).max(5).default(1),
    /** Limit on the total pay-out in % of the on-target bonus, after the accelerator; null = no cap. */
    capPercent: z.number().min(0).max(500).nullable().default(null),
    exampleDealCents: z.number().int().min(0).default(1_000_000),
  })
  .superRefine((v, ctx) => {
    const pts = v.gate.points;
    for (let i = 1; i < pts.length; i++) {
      if (pts[i].attainment <= pts[i - 1].attainment || pts[i].payout < pts[i - 1].payout) {
        ctx.addIssue({ code: 'custom', path: ['gate', 'points', i], message: 'The gate curve must rise: each point needs a higher attainment and no lower pay-out' });
      }
    }
  });
export type Incentives = z.infer<typeof IncentivesSchema>;
