import Papa from 'papaparse';
import type { ActivitySpec } from './protocol';
import type { Tally } from './tally';
import { VOTING_TEAMS } from './teams';

/**
 * A revealed activity as CSV rows for a spreadsheet: the same figures the room dialog shows,
 * with counts only (never who answered what). The first row names the columns.
 */
export function roomResultRows(spec: ActivitySpec, tally: Tally): (string | number)[][] {
  const label = (id: string) => (spec.kind === 'ranking' ? spec.criteria : spec.kind === 'maturity' ? spec.statements : spec.kind === 'dots' ? spec.items : []).find((i) => i.id === id)?.label ?? id;
  switch (tally.kind) {
    case 'maturity':
      return [
        ['Statement', ...VOTING_TEAMS.map((t) => `${t} mean`)],
        ...(spec.kind === 'maturity' ? spec.statements : []).map((s) => [s.label, ...VOTING_TEAMS.map((t) => tally.teams[t].means[s.id] ?? '')]),
        ['Score (20–100)', ...VOTING_TEAMS.map((t) => tally.teams[t].result.score ?? '')],
        ['Answers', ...VOTING_TEAMS.map((t) => tally.teams[t].respondents)],
      ];
    case 'ranking':
      return [
        ['Criterion', ...VOTING_TEAMS.map((t) => `${t} rank`), 'Best place', 'Worst place'],
        ...tally.spread.map((s) => [label(s.id), ...VOTING_TEAMS.map((t) => tally.teams[t].merged.indexOf(s.id) + 1 || ''), s.best || '', s.worst || '']),
      ];
    case 'fist':
      return [['Team', 'Votes', '0', '1', '2', '3', '4', '5', 'Lowest', 'Reasons'], ...VOTING_TEAMS.map((t) => [t, tally.teams[t].votes, ...tally.teams[t].counts, tally.teams[t].lowest ?? '', tally.teams[t].reasons.map((r) => r.text).join(' · ')])];
    case 'ready':
      return [['Done'], [tally.ready]];
    case 'dots':
      return [['Question', 'Dots'], ...tally.totals.map((t) => [label(t.id), t.dots])];
  }
}

export function roomResultCsv(spec: ActivitySpec, tally: Tally): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it as text.
  const safe = roomResultRows(spec, tally).map((row) => row.map((cell) => (typeof cell === 'string' && /^[=+\-@]/.test(cell) ? `'${cell}` : cell)));
  return Papa.unparse(safe);
}
