import type { StepId, Workshop } from '../model/workshop';
import { VOTING_TEAMS } from './protocol';
import type { DotsTally, FistTally, MaturityTally, RankingTally } from './tally';

/**
 * A revealed room activity written into the same workshop records the on-laptop path keeps, so
 * the scoring board, the merge, the consent records, the PDF and the audit trail stay one thing.
 * A team nobody of answered for keeps what it had.
 */

/** Each team's answers become the mean of its members, handed in and revealed. */
export function maturityFromRoom(maturity: Workshop['maturity'], tally: MaturityTally): Workshop['maturity'] {
  const next = { ...maturity, revealed: true };
  for (const team of VOTING_TEAMS) {
    const { respondents, means } = tally.teams[team];
    if (respondents > 0) next[team] = { answers: means, submitted: true };
  }
  return next;
}

/** Each team's ranking becomes its members' merged order (Borda), handed in and revealed. */
export function rankingsFromRoom(rankings: Workshop['rankings'], tally: RankingTally): Workshop['rankings'] {
  const next = { ...rankings, revealed: true };
  for (const team of VOTING_TEAMS) {
    const { respondents, merged } = tally.teams[team];
    if (respondents > 0) next[team] = { order: merged, submitted: true };
  }
  return next;
}

/** The words a team's room vote is recorded with, so the consent record says where it came from. */
export function roomObjection(reasons: readonly { text: string }[]): string {
  return reasons.map((r) => r.text).join(' · ').slice(0, 1000);
}

/**
 * A team's consent is its lowest vote: one person under three fingers holds the step for
 * discussion, as a raised fist does in the room; the reasons typed with low votes are the objection.
 */
export function consentsFromRoom(consents: Workshop['consents'], step: StepId, tally: FistTally): Workshop['consents'] {
  let next = consents;
  for (const team of VOTING_TEAMS) {
    const { lowest, reasons } = tally.teams[team];
    if (lowest === null) continue;
    next = [...next.filter((c) => !(c.step === step && c.team === team)), { step, team, fist: lowest, objection: roomObjection(reasons) }];
  }
  return next;
}

/** Each parking-lot question voted on gets its dots; the lot lists the most-dotted open questions first. */
export function dotsFromRoom(parkingLot: Workshop['parkingLot'], tally: DotsTally): Workshop['parkingLot'] {
  const dots = new Map(tally.totals.map((t) => [t.id, t.dots]));
  return parkingLot.map((item) => (dots.has(item.id) ? { ...item, dots: dots.get(item.id)! } : item));
}

/** The parked question a clause vote leaves when someone held up fewer than three fingers. */
export function clauseQuestion(clause: string, tally: FistTally): string {
  const reasons = roomObjection(VOTING_TEAMS.flatMap((team) => tally.teams[team].reasons));
  return `Discuss the clause “${clause}”: a vote under 3 in the room${reasons ? ` (${reasons})` : ''}`.slice(0, 500);
}

/**
 * A clause vote with a low vote marks the clause for discussion: a parked question that says
 * which clause and why, once (a second identical vote does not park it twice).
 */
export function clauseVoteFromRoom(parkingLot: Workshop['parkingLot'], clause: string, tally: FistTally, made: { id: string; at: string }): Workshop['parkingLot'] {
  if (!tally.discuss) return parkingLot;
  const text = clauseQuestion(clause, tally);
  if (parkingLot.some((item) => item.text === text && !item.resolved)) return parkingLot;
  return [...parkingLot, { id: made.id, text, resolved: false, createdAt: made.at }];
}
