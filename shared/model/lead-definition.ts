import { z } from 'zod';
import { TeamSchema, idSchema, shortText } from './team';

export const LifecycleStageSchema = z.object({
  id: idSchema,
  name: shortText('Stage name', 60),
  entryCriteria: z.string().max(1000).default(''),
  owner: TeamSchema,
  handoffRule: z.string().max(1000).default(''),
});
export type LifecycleStage = z.infer<typeof LifecycleStageSchema>;

export const CompanySizeRangeSchema = z
  .object({
    min: z.number().int().min(1, 'Minimum company size must be at least 1').max(10_000_000),
    max: z.number().int().min(1).max(10_000_000),
  })
  .refine((r) => r.min <= r.max, { message: 'Company size minimum must not exceed the maximum', path: ['min'] });

export const IdealCustomerSchema = z.object({
  industries: z.array(z.string().trim().min(1).max(80)).max(50).default([]),
  companySize: CompanySizeRangeSchema.default({ min: 200, max: 5000 }),
  regions: z.array(z.string().trim().min(1).max(80)).max(50).default([]),
  personas: z.array(z.string().trim().min(1).max(80)).max(50).default([]),
});

export const QualifierSchema = z.object({
  id: idSchema,
  kind: z.enum(['Budget', 'Authority', 'Need', 'Timeline']),
  text: z.string().max(500).default(''),
});

export const DisqualifierSchema = z.object({ id: idSchema, text: shortText('Disqualifier', 200) });

export const LeadDefinitionSchema = z.object({
  stages: z.array(LifecycleStageSchema).min(1, 'Keep at least one lifecycle stage').max(20),
  idealCustomer: IdealCustomerSchema,
  qualifiers: z.array(QualifierSchema).max(20).default([]),
  disqualifiers: z.array(DisqualifierSchema).max(50).default([]),
  salesReady: z.string().max(3000).default(''),
});
export type LeadDefinition = z.infer<typeof LeadDefinitionSchema>;
