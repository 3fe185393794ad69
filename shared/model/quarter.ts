import { z } from 'zod';

/** A fiscal quarter written as 2027-Q1. Years outside 2000–2100 are almost certainly typos. */
export const QuarterSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-Q[1-4]$/, 'Quarter must look like 2027-Q1 (a year, "-Q", then 1 to 4)')
  .refine((q) => {
    const year = Number(q.slice(0, 4));
    return year >= 2000 && year <= 2100;
  }, 'Quarter year must be between 2000 and 2100');
export type Quarter = z.infer<typeof QuarterSchema>;

export function parseQuarter(quarter: string): { year: number; q: 1 | 2 | 3 | 4 } {
  const parsed = QuarterSchema.parse(quarter);
  return { year: Number(parsed.slice(0, 4)), q: Number(parsed.slice(6)) as 1 | 2 | 3 | 4 };
}

export function nextQuarter(quarter: string): string {
  const { year, q } = parseQuarter(quarter);
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}

/** Chronological order key, so "2026-Q4" sorts before "2027-Q1". */
export function quarterIndex(quarter: string): number {
  const { year, q } = parseQuarter(quarter);
  return year * 4 + (q - 1);
}

/** The quarter a calendar date falls in (calendar quarters). */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}
