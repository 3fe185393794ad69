import { z } from 'zod';
import { QuarterSchema } from './quarter';
import { shortText } from './team';

/** What the "New workshop" form asks for before anything is stored. */
export const NewWorkshopInputSchema = z.object({
  organisation: shortText('Organisation', 120),
  title: shortText('Title', 160),
  quarter: QuarterSchema,
  date: z.iso.date('Date must be a valid date'),
  facilitator: z.string().trim().max(120).default(''),
});
export type NewWorkshopForm = z.input<typeof NewWorkshopInputSchema>;
