import { describe, expect, it } from 'vitest';
import { answerProblem, tallyAnswers, type CountedAnswer } from '../../../../shared/room/tally';
import { clauseVoteFromRoom, consentsFromRoom, dotsFromRoom, maturityFromRoom, rankingsFromRoom } from '../../../../shared/room/records';
import { roomResultCsv } from '../../../../shared/room/csv';
import { roomResultTables } from '../../../../shared/room/tables';
import { describeRoomResult } from '../../../../shared/room/describe';
import type { ActivitySpec } from '../../../../shared/room/protocol';
import { bordaMerge, kendallTau } from '../../../../shared/rules/scoring/rankings';
import { compareMaturity, scoreMaturity } from '../../../../shared/rules/maturity';
import { consentStatus } from '../../../../shared/rules/consent';
import type { Workshop } from '../../../../shared/model/workshop';
import { WorkshopSchema } from '../../../../shared/model/workshop';

const ranking: ActivitySpec = { kind: 'ranking', criteria: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id.toUpperCase() })) };
const maturity: ActivitySpec = { kind: 'maturity', statements: [{ id: 'shared-goals', label: 'x' }, { id: 'sla', label: 'y' }] };
const fist: ActivitySpec = { kind: 'fist', step: 'scoring', label: 'Scoring?' };

const rank = (team: CountedAnswer['team'], ...order: string[]): CountedAnswer => ({ team, answer: { kind: 'ranking', order } });
const rate = (team: CountedAnswer['team'], ratings: Record<string, number>): CountedAnswer => ({ team, answer: { kind: 'maturity', ratings } });
const vote = (team: CountedAnswer['team'], n: number, reason = '', name?: string): CountedAnswer => ({ team, answer: { kind: 'fist', fist: n, reason }, ...(name ? { name } : {}) });

const EMPTY_MATURITY: Workshop['maturity'] = { Marketing: { answers: {}, submitted: false }, Sales: { answers: {}, submitted: false }, revealed: false };
const EMPTY_RANKINGS: Workshop['rankings'] = { Marketing: { order: [], submitted: false }, Sales: { order: [], submitted: false }, revealed: false };

describe('answers that do not fit the activity are refused', () => {
  it('names the mismatch', () => {
    expect(answerProblem(ranking, { kind: 'ready' })).toMatch(/for a ready activity/);
    expect(answerProblem(ranking, { kind: 'ranking', order: ['a', 'b', 'c'] })).toMatch(/every criterion/);
    expect(answerProblem(ranking, { kind: 'ranking', order: ['a', 'a', 'b', 'c'] })).toMatch(/each criterion once/);
    expect(answerProblem(ranking, { kind: 'ranking', order: ['a', 'b', 'c', 'zzz'] })).toMatch(/every criterion/);
    expect(answerProblem(ranking, { kind: 'ranking', order: ['d', 'c', 'b', 'a'] })).toBeNull();
    expect(answerProblem(maturity, { kind: 'maturity', ratings: { other: 3 } })).toMatch(/statement this activity does not have/);
    expect(answerProblem(maturity, { kind: 'maturity', ratings: {} })).toMatch(/at least one/);
  });
});

describe('maturity from the room', () => {
  it("a team's ratings are its members' means and its score their mean score", () => {
    const tally = tallyAnswers(maturity, [rate('Marketing', { 'shared-goals': 2, sla: 3 }), rate('Marketing', { 'shared-goals': 5, sla: 4 }), rate('Sales', { 'shared-goals': 1, sla: 1 }), rate('Observer', { sla: 5 })]);
    if (tally.kind !== 'maturity') throw new Error('kind');
    expect(tally.teams.Marketing.means).toEqual({ 'shared-goals': 3.5, sla: 3.5 });
    expect(tally.teams.Marketing.respondents).toBe(2);
    // (2+3)/2 × 20 = 50 and (5+4)/2 × 20 = 90: the mean of the members' scores is 70.
    expect(tally.teams.Marketing.result.score).toBe(70);
    expect(tally.teams.Sales.result.score).toBe(20);
    expect(roomResultTables(maturity, tally).map((t) => t.rows)).toEqual([
      [
        ['Marketing', 2, 70, 'Aligned'],
        ['Sales', 1, 20, 'Undefined'],
      ],
      [
        ['x', 3.5, 1],
        ['y', 3.5, 1],
      ],
    ]);
    const stored = maturityFromRoom(EMPTY_MATURITY, tally);
    expect(stored.revealed).toBe(true);
    expect(stored.Marketing).toEqual({ answers: { 'shared-goals': 3.5, sla: 3.5 }, submitted: true });
    // The workshop's record passes its schema and reads as the laptop's would.
    expect(WorkshopSchema.shape.maturity.safeParse(stored).success).toBe(true);
    expect(compareMaturity(stored.Marketing.answers, stored.Sales.answers).headline).toMatch(/Marketing rates the alignment 70 .* sales 20 .*50 points apart/);
  });

  it('one person per team gives exactly the on-laptop answers', () => {
    const answers = { 'shared-goals': 4, sla: 2 };
    const tally = tallyAnswers(maturity, [rate('Sales', answers)]);
    if (tally.kind !== 'maturity') throw new Error('kind');
    expect(tally.teams.Sales.means).toEqual(answers);
    expect(tally.teams.Sales.result).toEqual(scoreMaturity(answers));
    // A team nobody answered for keeps what it had.
    const before = { ...EMPTY_MATURITY, Marketing: { answers: { sla: 5 }, submitted: true } };
    expect(maturityFromRoom(before, tally).Marketing).toBe(before.Marketing);
  });
});

describe('silent ranking from the room', () => {
  const answers = [rank('Marketing', 'a', 'b', 'c', 'd'), rank('Marketing', 'b', 'a', 'c', 'd'), rank('Sales', 'd', 'c', 'b', 'a'), rank('Sales', 'd', 'b', 'c', 'a'), rank('Leadership', 'c', 'a', 'b', 'd')];
  const tally = tallyAnswers(ranking, answers);
  if (tally.kind !== 'ranking') throw new Error('kind');

  it("merges each team's members with the same Borda count as the laptop's merge", () => {
    expect(tally.teams.Marketing.merged).toEqual(bordaMerge([['a', 'b', 'c', 'd'], ['b', 'a', 'c', 'd']]));
    expect(tally.teams.Sales.merged).toEqual(['d', 'c', 'b', 'a']);
    expect(tally.tau).toBe(kendallTau(tally.teams.Marketing.merged, tally.teams.Sales.merged));
  });

  it('gives the spread per criterion over everyone who ranked, Leadership included', () => {
    expect(tally.spread.find((s) => s.id === 'c')).toEqual({ id: 'c', best: 1, worst: 3 });
    expect(tally.spread.find((s) => s.id === 'a')).toEqual({ id: 'a', best: 1, worst: 4 });
  });

  it('writes the merged orders as handed in and revealed', () => {
    const stored = rankingsFromRoom(EMPTY_RANKINGS, tally);
    expect(stored).toEqual({ Marketing: { order: tally.teams.Marketing.merged, submitted: true }, Sales: { order: ['d', 'c', 'b', 'a'], submitted: true }, revealed: true });
    expect(describeRoomResult(ranking, tally, 'anonymous')).toBe(
      `Silent ranking of the criteria from the room, anonymous: 2 marketing rankings and 2 sales rankings, each team's order merged from its members' (Borda count). Kendall τ between the teams: ${tally.tau!.toFixed(2).replace('-', '−')}.`,
    );
  });

  it('cannot measure agreement until both teams ranked', () => {
    const one = tallyAnswers(ranking, [rank('Marketing', 'a', 'b', 'c', 'd')]);
    expect(one.kind === 'ranking' && one.tau).toBeNull();
  });
});

describe('fist of five from the room', () => {
  it("a team's vote is its lowest, and a vote under 3 marks the step for discussion with its reason", () => {
    const tally = tallyAnswers(fist, [vote('Marketing', 4), vote('Marketing', 5), vote('Sales', 3), vote('Sales', 1, 'Too many points for webinars', 'Sid'), vote('Observer', 0)]);
    if (tally.kind !== 'fist') throw new Error('kind');
    expect(tally.teams.Marketing).toEqual({ votes: 2, lowest: 4, counts: [0, 0, 0, 0, 1, 1], reasons: [] });
    expect(tally.teams.Sales.lowest).toBe(1);
    expect(tally.teams.Sales.reasons).toEqual([{ text: 'Too many points for webinars', name: 'Sid' }]);
    expect(tally.discuss).toBe(true);
    const consents = consentsFromRoom([{ step: 'scoring', team: 'Sales', fist: 5, objection: '' }], 'scoring', tally);
    expect(consents).toHaveLength(2);
    expect(consentStatus(consents, 'scoring')).toEqual({ Marketing: 'agreed', Sales: 'objection' });
    expect(consents.find((c) => c.team === 'Sales')).toEqual({ step: 'scoring', team: 'Sales', fist: 1, objection: 'Too many points for webinars' });
    expect(describeRoomResult(fist, tally, 'anonymous')).toMatch(/marketing lowest 4 of 2 votes, sales lowest 1 of 2 votes; a team's vote is its lowest\. A vote under 3 marks it for discussion\./);
  });

  it('a reason typed with an agreeing vote is not an objection', () => {
    const tally = tallyAnswers(fist, [vote('Marketing', 3, 'fine'), vote('Sales', 4)]);
    if (tally.kind !== 'fist') throw new Error('kind');
    expect(tally.discuss).toBe(false);
    expect(consentStatus(consentsFromRoom([], 'scoring', tally), 'scoring')).toEqual({ Marketing: 'agreed', Sales: 'agreed' });
  });
});

it('observers never count, in any activity', () => {
  expect(tallyAnswers({ kind: 'ready', label: '' }, [{ team: 'Observer', answer: { kind: 'ready' } }, { team: 'RevOps', answer: { kind: 'ready' } }])).toEqual({ kind: 'ready', ready: 1 });
});

describe('dot voting from the room', () => {
  const dots: ActivitySpec = { kind: 'dots', items: [{ id: 'q1', label: '=Who owns webinars?' }, { id: 'q2', label: 'Budget' }, { id: 'q3', label: 'Tools' }], dotsPerPerson: 3 };

  it('refuses more dots than a person has, and dots on unknown questions', () => {
    expect(answerProblem(dots, { kind: 'dots', dots: { q1: 2, q2: 2 } })).toBe('You have 3 dots to place, not 4');
    expect(answerProblem(dots, { kind: 'dots', dots: { q9: 1 } })).toMatch(/does not have/);
    expect(answerProblem(dots, { kind: 'dots', dots: {} })).toMatch(/at least one/);
    expect(answerProblem(dots, { kind: 'dots', dots: { q1: 3 } })).toBeNull();
  });

  it('adds the dots up, most first, and writes them onto the parking lot', () => {
    const tally = tallyAnswers(dots, [
      { team: 'Sales', answer: { kind: 'dots', dots: { q2: 2, q3: 1 } } },
      { team: 'Leadership', answer: { kind: 'dots', dots: { q2: 1, q1: 2 } } },
      { team: 'Observer', answer: { kind: 'dots', dots: { q3: 3 } } },
    ]);
    if (tally.kind !== 'dots') throw new Error('kind');
    expect(tally).toEqual({ kind: 'dots', totals: [{ id: 'q2', dots: 3 }, { id: 'q1', dots: 2 }, { id: 'q3', dots: 1 }], voters: 2 });
    const lot = [
      { id: 'q1', text: 'a', resolved: false, createdAt: '2026-01-01T00:00:00.000Z' },
      { id: 'q4', text: 'resolved one', resolved: true, createdAt: '2026-01-01T00:00:00.000Z', dots: 4 },
    ];
    expect(dotsFromRoom(lot, tally)).toEqual([{ ...lot[0], dots: 2 }, lot[1]]);
    expect(describeRoomResult(dots, tally, 'anonymous')).toBe('Dot voting on the parking lot from the room, anonymous: 2 people placed 6 dots. Most dots: “Budget” (3).');
    // The CSV keeps a formula-looking question as text.
    expect(roomResultCsv(dots, tally).split('\r\n')).toEqual(['Question,Dots', 'Budget,3', "'=Who owns webinars?,2", 'Tools,1']);
    expect(roomResultTables(dots, tally)[0].caption).toBe('Questions by dots');
  });
});

describe('fist of five on one SLA clause', () => {
  const clause: ActivitySpec = { kind: 'fist', step: 'commitments', label: 'Clause?', clause: { id: 'c1', label: 'Sales: Follow up every MQL within 24 hours' } };

  it('a low vote parks the clause for discussion with the reason, once; the step consent is untouched', () => {
    const tally = tallyAnswers(clause, [vote('Sales', 2, 'Weekends'), vote('Marketing', 5)]);
    if (tally.kind !== 'fist') throw new Error('kind');
    const made = { id: 'p1', at: '2026-12-07T10:00:00.000Z' };
    const lot = clauseVoteFromRoom([], clause.clause!.label, tally, made);
    expect(lot).toEqual([{ id: 'p1', text: 'Discuss the clause “Sales: Follow up every MQL within 24 hours”: a vote under 3 in the room (Weekends)', resolved: false, createdAt: made.at }]);
    expect(clauseVoteFromRoom(lot, clause.clause!.label, tally, { ...made, id: 'p2' })).toBe(lot);
    expect(describeRoomResult(clause, tally, 'anonymous')).toMatch(/^Fist of five on the clause “Sales: Follow up every MQL within 24 hours” from the room/);
  });

  it('parks nothing when everyone can live with it', () => {
    const tally = tallyAnswers(clause, [vote('Sales', 3)]);
    if (tally.kind !== 'fist') throw new Error('kind');
    expect(clauseVoteFromRoom([], 'x', tally, { id: 'p', at: '2026-12-07T10:00:00.000Z' })).toEqual([]);
  });
});
