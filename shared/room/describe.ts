import { STEP_LABELS } from '../rules/agenda';
import { formatCorrelation } from '../rules/format';
import type { ActivitySpec, Visibility } from './protocol';
import type { Tally } from './tally';

/** The activity's name on the projector, the panel and in the audit trail. */
export function activityTitle(spec: ActivitySpec): string {
  switch (spec.kind) {
    case 'maturity':
      return 'Maturity check';
    case 'ranking':
      return 'Silent ranking of the criteria';
    case 'fist':
      return spec.clause ? `Fist of five on the clause “${spec.clause.label}”` : `Fist of five on ${STEP_LABELS[spec.step]}`;
    case 'ready':
      return spec.label || 'Ready check';
    case 'dots':
      return 'Dot voting on the parking lot';
  }
}

export const VISIBILITY_WORDS: Record<Visibility, string> = {
  anonymous: 'anonymous',
  facilitator: 'names seen by the facilitator only',
  everyone: 'names shown to everyone',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * One sentence of what a revealed activity gave and how it was counted: the audit trail keeps it
 * (counts, never who answered what) and the room panel shows it under the result.
 */
export function describeRoomResult(spec: ActivitySpec, tally: Tally, visibility: Visibility): string {
  const how = VISIBILITY_WORDS[visibility];
  switch (tally.kind) {
    case 'maturity': {
      const { Marketing: m, Sales: s } = tally.teams;
      const score = (t: typeof m) => (t.result.score === null ? 'no answers' : `${t.result.score} (${t.result.band})`);
      return `${activityTitle(spec)} from the room, ${how}: ${plural(m.respondents, 'marketing answer')} and ${plural(s.respondents, 'sales answer')}. Each team's ratings are the mean of its members: marketing ${score(m)}, sales ${score(s)}.`;
    }
    case 'ranking': {
      const { Marketing: m, Sales: s } = tally.teams;
      const tau = tally.tau === null ? 'not measurable until both teams ranked' : formatCorrelation(tally.tau);
      return `${activityTitle(spec)} from the room, ${how}: ${plural(m.respondents, 'marketing ranking')} and ${plural(s.respondents, 'sales ranking')}, each team's order merged from its members' (Borda count). Kendall τ between the teams: ${tau}.`;
    }
    case 'fist': {
      const team = (name: string, t: (typeof tally.teams)['Marketing']) => (t.lowest === null ? `${name} did not vote` : `${name} lowest ${t.lowest} of ${plural(t.votes, 'vote')}`);
      const verdict = tally.discuss ? 'A vote under 3 marks it for discussion.' : 'Every vote is 3 or more.';
      return `${activityTitle(spec)} from the room, ${how}: ${team('marketing', tally.teams.Marketing)}, ${team('sales', tally.teams.Sales)}; a team's vote is its lowest. ${verdict}`;
    }
    case 'ready':
      return `${activityTitle(spec)}: ${plural(tally.ready, 'person', 'people')} done.`;
    case 'dots': {
      const top = tally.totals[0];
      const label = spec.kind === 'dots' ? spec.items.find((i) => i.id === top?.id)?.label : undefined;
      const lead = top && top.dots > 0 && label ? ` Most dots: “${label}” (${top.dots}).` : '';
      return `${activityTitle(spec)} from the room, ${how}: ${plural(tally.voters, 'person', 'people')} placed ${plural(tally.totals.reduce((a, t) => a + t.dots, 0), 'dot')}.${lead}`;
    }
  }
}
