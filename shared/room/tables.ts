import type { ActivitySpec } from './protocol';
import type { Tally } from './tally';
import { VOTING_TEAMS } from './teams';

/** One table of a revealed result: the first cell of each row names it. */
export interface ResultTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

const DASH = '—';

/**
 * What a revealed activity gave, as tables: the room dialog shows them and the CSV export
 * writes them, so both carry the same figures in the same words. Counts only, never who.
 */
export function roomResultTables(spec: ActivitySpec, tally: Tally): ResultTable[] {
  const items = spec.kind === 'ranking' ? spec.criteria : spec.kind === 'maturity' ? spec.statements : spec.kind === 'dots' ? spec.items : [];
  const label = (id: string) => items.find((i) => i.id === id)?.label ?? id;
  switch (tally.kind) {
    case 'maturity':
      return [
        {
          caption: 'Maturity by team',
          columns: ['Team', 'Answers', 'Score', 'Band'],
          rows: VOTING_TEAMS.map((t) => [t, tally.teams[t].respondents, tally.teams[t].result.score ?? DASH, tally.teams[t].result.band ?? DASH]),
        },
        {
          caption: 'Mean rating per statement (1–5)',
          columns: ['Statement', ...VOTING_TEAMS.map((t) => `${t} mean`)],
          rows: items.map((s) => [s.label, ...VOTING_TEAMS.map((t) => tally.teams[t].means[s.id] ?? DASH)]),
        },
      ];
    case 'ranking':
      return [
        {
          caption: 'Each team’s place for each criterion, and the best and worst place anyone gave it',
          columns: ['Criterion', ...VOTING_TEAMS.map((t) => `${t} place`), 'Best', 'Worst'],
          rows: tally.spread.map((s) => [label(s.id), ...VOTING_TEAMS.map((t) => tally.teams[t].merged.indexOf(s.id) + 1 || DASH), s.best || DASH, s.worst || DASH]),
        },
      ];
    case 'fist':
      return [
        {
          caption: 'Votes by team (fingers)',
          columns: ['Team', 'Votes', '0', '1', '2', '3', '4', '5', 'Lowest'],
          rows: VOTING_TEAMS.map((t) => [t, tally.teams[t].votes, ...tally.teams[t].counts, tally.teams[t].lowest ?? DASH]),
        },
      ];
    case 'ready':
      return [{ caption: 'Ready check', columns: ['Who', 'Done'], rows: [['Everyone who may answer', tally.ready]] }];
    case 'dots':
      return [{ caption: 'Questions by dots', columns: ['Question', 'Dots'], rows: tally.totals.map((t) => [label(t.id), t.dots]) }];
  }
}
