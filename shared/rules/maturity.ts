/**
 * The maturity check: each team rates ten statements about how well sales and marketing
 * work together, 1 (not at all true) to 5 (fully true). Ten ratings sum to 10–50; doubled
 * that is a score of 20–100, read in four bands (the classic diagnostic) and placed on the
 * four-stage revenue-marketing journey.
 */

import type { Workshop } from '../model/workshop';
import type { ConsentTeam } from './consent';

export interface MaturityStatement {
  id: string;
  /** Short label for tables and charts. */
  topic: string;
  text: string;
}

export const MATURITY_STATEMENTS: readonly MaturityStatement[] = [
  { id: 'shared-goals', topic: 'Shared goals', text: 'Marketing and sales chase the same revenue goals, not separate scorecards.' },
  { id: 'lead-definition', topic: 'Lead definition', text: 'Both teams have agreed in writing on what makes a lead ready for sales.' },
  { id: 'sla', topic: 'Service-level agreement', text: 'A written agreement states what each team owes the other and by when.' },
  { id: 'shared-metrics', topic: 'Shared metrics', text: 'Both teams look at one set of funnel numbers, from first lead to closed deal.' },
  { id: 'joint-meetings', topic: 'Joint meetings', text: 'Marketing and sales plan campaigns and review pipeline together on a fixed rhythm.' },
  { id: 'feedback-loop', topic: 'Feedback on rejected leads', text: 'Leads sales turns down go back to marketing with a reason, and marketing acts on it.' },
  { id: 'shared-incentives', topic: 'Shared incentives', text: 'Part of each team’s variable pay rides on the same shared results.' },
  { id: 'terminology', topic: 'Common terminology', text: 'When either team says “MQL” or “opportunity”, everyone means the same thing.' },
  { id: 'revenue-measured', topic: 'Marketing measured on revenue', text: 'Marketing is judged on pipeline and revenue, not on the number of leads it produces.' },
  { id: 'shared-systems', topic: 'Shared systems', text: 'Both teams work from the same CRM and marketing-automation data.' },
];

export const MATURITY_BANDS = ['Undefined', 'Defined', 'Aligned', 'Integrated'] as const;
export type MaturityBand = (typeof MATURITY_BANDS)[number];

export const JOURNEY_STAGES = ['Traditional marketing', 'Lead generation', 'Demand generation', 'Revenue generation'] as const;
export type JourneyStage = (typeof JOURNEY_STAGES)[number];

const STAGE_BY_BAND: Record<MaturityBand, JourneyStage> = {
  Undefined: 'Traditional marketing',
  Defined: 'Lead generation',
  Aligned: 'Demand generation',
  Integrated: 'Revenue generation',
};

export interface MaturityResult {
  /** 20–100, or null while no statement has a valid rating. */
  score: number | null;
  band: MaturityBand | null;
  stage: JourneyStage | null;
  answered: number;
  total: number;
}

// A team's ratings are whole numbers on the laptop and its members' mean when they answered from the room.
const isRating = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 1 && value <= 5;

/** Valid ratings for known statements only: a stale id from an older statement list is ignored. */
function validRatings(answers: Record<string, number>): Map<string, number> {
  const ratings = new Map<string, number>();
  for (const statement of MATURITY_STATEMENTS) {
    const value = answers[statement.id];
    if (isRating(value)) ratings.set(statement.id, value);
  }
  return ratings;
}

export function bandOf(score: number): MaturityBand {
  if (score >= 80) return 'Integrated';
  if (score >= 60) return 'Aligned';
  if (score >= 40) return 'Defined';
  return 'Undefined';
}

export const stageOf = (band: MaturityBand): JourneyStage => STAGE_BY_BAND[band];

/**
 * Score = 20 × the average rating, rounded to a whole number. With all ten statements
 * answered this is exactly the sum × 2. A partly answered set is scaled up as if the
 * missing statements had been rated at the average of the answered ones, so the score
 * stays on the same 20–100 scale; `answered` tells the screen how much it rests on.
 */
export function scoreMaturity(answers: Record<string, number>): MaturityResult {
  const ratings = validRatings(answers);
  const total = MATURITY_STATEMENTS.length;
  if (ratings.size === 0) return { score: null, band: null, stage: null, answered: 0, total };
  const sum = [...ratings.values()].reduce((a, b) => a + b, 0);
  const score = Math.round((sum / ratings.size) * 20);
  const band = bandOf(score);
  return { score, band, stage: stageOf(band), answered: ratings.size, total };
}

export interface StatementComparison {
  id: string;
  topic: string;
  text: string;
  marketing: number | null;
  sales: number | null;
  /** marketing − sales; null when either team skipped the statement. */
  gap: number | null;
}

export interface MaturityComparison {
  marketing: MaturityResult;
  sales: MaturityResult;
  /** marketing score − sales score; null until both teams have rated something. */
  gap: number | null;
  perStatement: StatementComparison[];
  headline: string;
}

/** Widest disagreements first; statements one team skipped go last, in list order. */
function byAbsoluteGap(a: StatementComparison & { index: number }, b: StatementComparison & { index: number }): number {
  if (a.gap === null || b.gap === null) {
    if (a.gap === b.gap) return a.index - b.index;
    return a.gap === null ? 1 : -1;
  }
  return Math.abs(b.gap) - Math.abs(a.gap) || a.index - b.index;
}

function headlineFor(marketing: MaturityResult, sales: MaturityResult, widest: StatementComparison | undefined): string {
  if (marketing.score === null && sales.score === null) return 'Neither team has rated the statements yet.';
  if (marketing.score === null) return `Sales rates the alignment ${sales.score} (${sales.band}); marketing has not rated yet.`;
  if (sales.score === null) return `Marketing rates the alignment ${marketing.score} (${marketing.band}); sales has not rated yet.`;
  const gap = Math.abs(marketing.score - sales.score);
  const views =
    gap === 0
      ? `Both teams rate the alignment ${marketing.score} (${marketing.band}).`
      : `Marketing rates the alignment ${marketing.score} (${marketing.band}), sales ${sales.score} (${sales.band}): ${gap} points apart.`;
  if (!widest || widest.gap === null || widest.gap === 0) return `${views} They agree on every statement.`;
  const higher = widest.gap > 0 ? 'Marketing' : 'Sales';
  return `${views} The widest split is on “${widest.topic}”, which ${higher} rates ${Math.round(Math.abs(widest.gap) * 10) / 10} higher.`;
}

export function compareMaturity(marketingAnswers: Record<string, number>, salesAnswers: Record<string, number>): MaturityComparison {
  const marketing = scoreMaturity(marketingAnswers);
  const sales = scoreMaturity(salesAnswers);
  const m = validRatings(marketingAnswers);
  const s = validRatings(salesAnswers);
  const perStatement = MATURITY_STATEMENTS.map((statement, index) => {
    const mv = m.get(statement.id) ?? null;
    const sv = s.get(statement.id) ?? null;
    return { id: statement.id, topic: statement.topic, text: statement.text, marketing: mv, sales: sv, gap: mv !== null && sv !== null ? mv - sv : null, index };
  })
    .sort(byAbsoluteGap)
    .map(({ index: _index, ...rest }) => rest);
  const gap = marketing.score !== null && sales.score !== null ? marketing.score - sales.score : null;
  return { marketing, sales, gap, perStatement, headline: headlineFor(marketing, sales, perStatement[0]) };
}

type MaturityCheck = Workshop['maturity'];

/** A team's rating of one statement. After the reveal both views are on the wall: nothing changes until it is hidden again. */
export function rateStatement(m: MaturityCheck, team: ConsentTeam, statementId: string, rating: number): MaturityCheck {
  if (m.revealed) return m;
  return { ...m, [team]: { ...m[team], answers: { ...m[team].answers, [statementId]: rating } } };
}

/** A team hands in (or takes back) its answers; locked after the reveal like the ratings. */
export function submitAnswers(m: MaturityCheck, team: ConsentTeam, submitted: boolean): MaturityCheck {
  if (m.revealed) return m;
  return { ...m, [team]: { ...m[team], submitted } };
}
