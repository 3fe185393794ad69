import { z } from 'zod';
import { nextQuarter, parseQuarter } from '../model/quarter';
import type { AgreementContent } from '../model/agreement';

/**
 * What "Start next quarter" proposes before it makes the draft: the next quarter, a workshop date
 * and a review date, each with the reason, for the facilitator to confirm or change. Dates are
 * ISO calendar dates (YYYY-MM-DD) in calendar quarters, the way the agreement stores them.
 */

const DAY_MS = 86_400_000;
/** The workshop for a quarter is best held in the two weeks before it starts. */
export const LEAD_DAYS = 14;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** First and last day of a quarter ("2027-Q2" → 2027-04-01 and 2027-06-30). */
export function quarterDays(quarter: string): { first: string; last: string } {
  const { year, q } = parseQuarter(quarter);
  const first = Date.UTC(year, (q - 1) * 3, 1);
  const next = Date.UTC(year, q * 3, 1);
  return { first: iso(first), last: iso(next - DAY_MS) };
}

/** The same day three months on, kept inside the month (31 March → 30 June). */
export function threeMonthsOn(date: string): string {
  const d = new Date(ms(date));
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 3;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return iso(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay)));
}

export interface NextQuarterProposal {
  quarter: string;
  date: string;
  reviewDate: string | null;
  /** Why these dates, one sentence each, shown beside the fields. */
  reasons: string[];
}

export function proposeNextQuarter(content: Pick<AgreementContent, 'quarter' | 'commitments'>, today: string): NextQuarterProposal {
  const quarter = nextQuarter(content.quarter);
  const { first, last } = quarterDays(quarter);
  const earliest = iso(ms(first) - LEAD_DAYS * DAY_MS);
  const date = today > earliest ? today : earliest;
  const reasons = [
    date === today
      ? `The workshop date is today.`
      : `The workshop is proposed for ${date}, two weeks before ${quarter} starts on ${first} (today is earlier than that).`,
  ];
  const previous = content.commitments.reviewDate;
  let reviewDate: string | null = null;
  if (previous) {
    reviewDate = threeMonthsOn(previous);
    // The review looks back on the quarter: inside it, and not before the workshop.
    if (reviewDate < date || reviewDate < first || reviewDate > last) reviewDate = last;
    reasons.push(`The review date follows last quarter’s rhythm: ${previous} becomes ${reviewDate}.`);
  } else {
    reasons.push('Last quarter had no review date; set one so the team knows when it meets again.');
  }
  return { quarter, date, reviewDate, reasons };
}

/** The dates the facilitator confirmed; the review cannot come before the workshop. */
export const NextQuarterChoiceSchema = z
  .object({
    date: z.iso.date('The workshop date must be a date (YYYY-MM-DD).'),
    reviewDate: z.iso.date('The review date must be a date (YYYY-MM-DD).').nullable(),
  })
  .strict()
  .refine((c) => c.reviewDate === null || c.reviewDate >= c.date, { message: 'The review date is before the workshop date: pick a later review date.', path: ['reviewDate'] });
export type NextQuarterChoice = z.infer<typeof NextQuarterChoiceSchema>;
