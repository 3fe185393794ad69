import { z } from 'zod';
import { TeamSchema, idSchema, shortText } from './team';

export const ParticipantSchema = z.object({
  id: idSchema,
  name: shortText('Name', 120),
  team: TeamSchema,
  title: z.string().trim().max(120).default(''),
  email: z.union([z.literal(''), z.email('E-mail address is not valid')]).default(''),
});
export type Participant = z.infer<typeof ParticipantSchema>;

/** Two people with the same name on the same team are almost always a double entry. */
export const ParticipantListSchema = z.array(ParticipantSchema).max(200).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((p, index) => {
    const key = `${p.name.toLowerCase()}|${p.team}`;
    if (seen.has(key)) {
      ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `${p.name} is already listed in ${p.team}` });
    }
    seen.add(key);
  });
});
