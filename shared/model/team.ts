import { z } from 'zod';

export const TEAMS = ['Marketing', 'Sales', 'Leadership', 'RevOps'] as const;
export const TeamSchema = z.enum(TEAMS);
export type Team = z.infer<typeof TeamSchema>;

/** Who owns a line of the agreement: one team, or both together. */
export const OwnerSchema = z.enum(['Marketing', 'Sales', 'Joint']);
export type Owner = z.infer<typeof OwnerSchema>;

export const idSchema = z.string().min(1, 'An id is required').max(64);

/** Short free text typed in a form: trimmed, bounded so a pasted novel cannot bloat the store. */
export const shortText = (label: string, max = 200) =>
  z.string().trim().min(1, `${label} is required`).max(max, `${label} is too long (at most ${max} characters)`);
export const optionalText = (max = 2000) => z.string().max(max, `Too long (at most ${max} characters)`).default('');
