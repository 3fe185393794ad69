import { AGREE_FIST } from '../rules/consent';
import { scoreMaturity, type MaturityResult } from '../rules/maturity';
import { bordaMerge, kendallTau } from '../rules/scoring/rankings';
import { VOTING_TEAMS, type ActivitySpec, type Answer, type RoomTeam, type VotingTeam } from './protocol';

/**
 * What a room's answers add up to. Pure: the room service counts with it, the laptop writes
 * its result into the workshop's records, and the tests check both against the on-laptop path.
 */

export interface CountedAnswer {
  team: RoomTeam;
  answer: Answer;
  /** Only when the activity shows names to everyone: it goes beside the reason of a low vote. */
  name?: string;
}

/** Why an answer does not fit the running activity, or null. */
export function answerProblem(spec: ActivitySpec, answer: Answer): string | null {
  if (spec.kind !== answer.kind) return `This answer is for a ${answer.kind} activity; the room is running ${spec.kind}`;
  if (answer.kind === 'maturity' && spec.kind === 'maturity') {
    const known = new Set(spec.statements.map((s) => s.id));
    const unknown = Object.keys(answer.ratings).find((key) => !known.has(key));
    if (unknown) return 'An answer names a statement this activity does not have';
    if (Object.keys(answer.ratings).length === 0) return 'Rate at least one statement';
  }
  if (answer.kind === 'ranking' && spec.kind === 'ranking') {
    const expected = new Set(spec.criteria.map((c) => c.id));
    const given = new Set(answer.order);
    if (given.size !== answer.order.length) return 'A ranking names each criterion once';
    if (given.size !== expected.size || answer.order.some((cid) => !expected.has(cid))) return 'A ranking places every criterion of this activity, and only those';
  }
  if (answer.kind === 'dots' && spec.kind === 'dots') {
    const known = new Set(spec.items.map((i) => i.id));
    if (Object.keys(answer.dots).some((key) => !known.has(key))) return 'A dot is on a question this vote does not have';
    const placed = Object.values(answer.dots).reduce((a, b) => a + b, 0);
    if (placed === 0) return 'Place at least one dot';
    if (placed > spec.dotsPerPerson) return `You have ${spec.dotsPerPerson} dots to place, not ${placed}`;
  }
  return null;
}

export interface MaturityTally {
  kind: 'maturity';
  teams: Record<VotingTeam, { respondents: number; means: Record<string, number>; result: MaturityResult }>;
}

export interface RankingTally {
  kind: 'ranking';
  teams: Record<VotingTeam, { respondents: number; merged: string[] }>;
  /** Kendall τ between the teams' merged orders; null until both teams ranked. */
  tau: number | null;
  /** Per criterion, the best and worst place anyone who voted gave it (1 = most important). */
  spread: { id: string; best: number; worst: number }[];
}

export interface FistTally {
  kind: 'fist';
  teams: Record<VotingTeam, { votes: number; lowest: number | null; counts: number[]; reasons: { text: string; name: string | null }[] }>;
  /** True when any vote is under 3: the clause goes to discussion. */
  discuss: boolean;
}

export interface ReadyTally {
  kind: 'ready';
  ready: number;
}

export interface DotsTally {
  kind: 'dots';
  /** Every item of the vote with its dots, most first (ties keep the parking lot's order). */
  totals: { id: string; dots: number }[];
  voters: number;
}

export type Tally = MaturityTally | RankingTally | FistTally | ReadyTally | DotsTally;

const byTeam = <T>(make: (team: VotingTeam) => T): Record<VotingTeam, T> =>
  Object.fromEntries(VOTING_TEAMS.map((team) => [team, make(team)])) as Record<VotingTeam, T>;

/** Mean rating per statement over the members who rated it, to two decimals. */
function meanRatings(answers: readonly Record<string, number>[]): Record<string, number> {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const ratings of answers) {
    for (const [statement, rating] of Object.entries(ratings)) {
      const entry = sums.get(statement) ?? { sum: 0, n: 0 };
      sums.set(statement, { sum: entry.sum + rating, n: entry.n + 1 });
    }
  }
  return Object.fromEntries([...sums].map(([statement, { sum, n }]) => [statement, Math.round((sum / n) * 100) / 100]));
}

function tallyMaturity(answers: readonly CountedAnswer[]): MaturityTally {
  return {
    kind: 'maturity',
    teams: byTeam((team) => {
      const ratings = answers.filter((a) => a.team === team && a.answer.kind === 'maturity').map((a) => (a.answer as Extract<Answer, { kind: 'maturity' }>).ratings);
      const means = meanRatings(ratings);
      return { respondents: ratings.length, means, result: scoreMaturity(means) };
    }),
  };
}

function tallyRanking(spec: Extract<ActivitySpec, { kind: 'ranking' }>, answers: readonly CountedAnswer[]): RankingTally {
  // Everyone's ranking shows in the spread; only the two teams' feed their merged orders.
  const orders = answers.filter((a) => a.answer.kind === 'ranking');
  const teams = byTeam((team) => {
    const mine = orders.filter((a) => a.team === team).map((a) => (a.answer as Extract<Answer, { kind: 'ranking' }>).order);
    return { respondents: mine.length, merged: mine.length ? bordaMerge(mine) : [] };
  });
  const tau = teams.Marketing.respondents && teams.Sales.respondents ? kendallTau(teams.Marketing.merged, teams.Sales.merged) : null;
  const spread = spec.criteria.map(({ id }) => {
    const places = orders.map((a) => (a.answer as Extract<Answer, { kind: 'ranking' }>).order.indexOf(id) + 1).filter((p) => p > 0);
    return { id, best: places.length ? Math.min(...places) : 0, worst: places.length ? Math.max(...places) : 0 };
  });
  return { kind: 'ranking', teams, tau, spread };
}

function tallyFist(answers: readonly CountedAnswer[]): FistTally {
  const teams = byTeam((team) => {
    const mine = answers.filter((a) => a.team === team && a.answer.kind === 'fist');
    const votes = mine.map((a) => a.answer as Extract<Answer, { kind: 'fist' }>);
    const counts = [0, 0, 0, 0, 0, 0];
    for (const vote of votes) counts[vote.fist] += 1;
    const reasons = mine.flatMap((a, i) => (votes[i].fist < AGREE_FIST && votes[i].reason !== '' ? [{ text: votes[i].reason, name: a.name ?? null }] : []));
    return { votes: votes.length, lowest: votes.length ? Math.min(...votes.map((v) => v.fist)) : null, counts, reasons };
  });
  const discuss = VOTING_TEAMS.some((team) => teams[team].lowest !== null && teams[team].lowest! < AGREE_FIST);
  return { kind: 'fist', teams, discuss };
}

function tallyDots(spec: Extract<ActivitySpec, { kind: 'dots' }>, answers: readonly CountedAnswer[]): DotsTally {
  const totals = new Map(spec.items.map((i) => [i.id, 0]));
  for (const { answer } of answers) {
    if (answer.kind !== 'dots') continue;
    for (const [id, dots] of Object.entries(answer.dots)) totals.set(id, (totals.get(id) ?? 0) + dots);
  }
  const order = spec.items.map((i) => i.id);
  const sorted = [...totals].map(([id, dots]) => ({ id, dots })).sort((a, b) => b.dots - a.dots || order.indexOf(a.id) - order.indexOf(b.id));
  return { kind: 'dots', totals: sorted, voters: answers.filter((a) => a.answer.kind === 'dots').length };
}

/** The activity's result from the answers of the people who may vote (observers never count). */
export function tallyAnswers(spec: ActivitySpec, answers: readonly CountedAnswer[]): Tally {
  const counted = answers.filter((a) => a.team !== 'Observer' && !answerProblem(spec, a.answer));
  switch (spec.kind) {
    case 'maturity':
      return tallyMaturity(counted);
    case 'ranking':
      return tallyRanking(spec, counted);
    case 'fist':
      return tallyFist(counted);
    case 'ready':
      return { kind: 'ready', ready: counted.length };
    case 'dots':
      return tallyDots(spec, counted);
  }
}
