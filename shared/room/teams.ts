/**
 * The room's teams, without zod, so the phone page can list them and stay small. Observers see
 * the activity but never answer; Marketing and Sales feed the workshop's two-team records.
 */
export const ROOM_TEAMS = ['Marketing', 'Sales', 'Leadership', 'RevOps', 'Observer'] as const;
export type RoomTeam = (typeof ROOM_TEAMS)[number];

export const VOTING_TEAMS = ['Marketing', 'Sales'] as const;
export type VotingTeam = (typeof VOTING_TEAMS)[number];
