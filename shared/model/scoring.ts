import { z } from 'zod';
import { idSchema, shortText } from './team';

export const TIERS = ['Critical', 'Strong', 'Moderate', 'Weak', 'Ignore', 'Negative'] as const;
export const TierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof TierSchema>;

export const CategorySchema = z.enum(['Fit', 'Engagement']);
export type Category = z.infer<typeof CategorySchema>;

export const PointsSchema = z
  .number({ message: 'Points must be a number' })
  .int('Points must be a whole number')
  .min(-100, 'Points must be between −100 and 100')
  .max(100, 'Points must be between −100 and 100');

/** How a criterion recognises a lead: a field and a condition on it. */
export const ConditionSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('contains'), field: shortText('Field', 60), value: shortText('Value', 200) }),
  z.object({ op: z.literal('equals'), field: shortText('Field', 60), value: shortText('Value', 200) }),
  z.object({ op: z.literal('in'), field: shortText('Field', 60), values: z.array(z.string().trim().min(1)).min(1, 'List at least one value') }),
  z.object({
    op: z.literal('between'),
    field: shortText('Field', 60),
    min: z.number(),
    max: z.number(),
  }).refine((c) => c.min <= c.max, { message: 'Range minimum must not exceed the maximum', path: ['min'] }),
  z.object({
    op: z.literal('event'),
    field: z.literal('events').default('events'),
    value: shortText('Event name', 120),
    /** once: points counted a single time; each: per occurrence, up to maxCount. */
    repeat: z.enum(['once', 'each']).default('once'),
    maxCount: z.number().int().min(1).max(100).default(1),
  }),
]);
export type Condition = z.infer<typeof ConditionSchema>;

export const CriterionSchema = z.object({
  id: idSchema,
  label: shortText('Label', 80),
  category: CategorySchema,
  description: z.string().max(500).default(''),
  condition: ConditionSchema,
  tier: TierSchema,
  /** Position within the tier, 0 = top. */
  order: z.number().int().min(0),
  /** When set, the points were typed by hand and the placement rule leaves them alone. */
  pinnedPoints: PointsSchema.nullable().default(null),
  /** A disqualifier forces the lead out of MQL whatever its score. */
  disqualifies: z.boolean().default(false),
});
export type Criterion = z.infer<typeof CriterionSchema>;

export const ScoringSettingsSchema = z.object({
  mqlThreshold: z.number().int().min(1, 'Threshold must be at least 1').max(1000),
  caps: z.object({
    Fit: z.number().int().min(1).max(1000).nullable().default(null),
    Engagement: z.number().int().min(1).max(1000).nullable().default(null),
    total: z.number().int().min(1).max(2000).nullable().default(null),
  }),
  decay: z.object({
    enabled: z.boolean().default(false),
    /** Engagement points halve after this many days without activity. */
    halfLifeDays: z.number().int().min(1).max(365).default(30),
  }),
  useFitGrade: z.boolean().default(false),
});
export type ScoringSettings = z.infer<typeof ScoringSettingsSchema>;

export const SampleLeadSchema = z.object({
  id: idSchema,
  name: shortText('Lead name', 120),
  fields: z.record(z.string(), z.union([z.string(), z.number()])),
  events: z.record(z.string(), z.number().int().min(0)).default({}),
  daysSinceActivity: z.number().int().min(0).max(3650).default(0),
  outcome: z.enum(['won', 'lost', 'open']).default('open'),
});
export type SampleLead = z.infer<typeof SampleLeadSchema>;

export const ScoringModelSchema = z.object({
  criteria: z.array(CriterionSchema).max(500),
  settings: ScoringSettingsSchema,
  sampleLeads: z.array(SampleLeadSchema).max(50).default([]),
});
export type ScoringModel = z.infer<typeof ScoringModelSchema>;
