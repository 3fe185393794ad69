import { z } from 'zod';
import { StepIdSchema } from '../model/workshop';
import { ROOM_TEAMS, type RoomTeam } from './teams';

/**
 * The room: what phones and the facilitator's laptop say to each other over the room's own
 * network. Every message a phone sends passes these schemas before anything reads it; a message
 * that fails is refused with a reason and changes nothing.
 */

export { ROOM_TEAMS, VOTING_TEAMS, type RoomTeam, type VotingTeam } from './teams';
export const RoomTeamSchema = z.enum(ROOM_TEAMS);

/** Largest message a phone may send, in bytes: a ranking of 60 criteria fits many times over. */
export const MAX_MESSAGE_BYTES = 8 * 1024;
/** Most people in one room: a workshop is a dozen; a town hall is not what this is for. */
export const MAX_PARTICIPANTS = 200;

/** Most dots one person may place in a dot vote. */
export const MAX_DOTS = 10;

const token = z.string().regex(/^[0-9a-f]{32}$/, 'Not a participant token');
const displayName = z.string().trim().max(40, 'A name has at most 40 characters');
const id = z.string().min(1).max(64);

export const AnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('maturity'), ratings: z.record(id, z.number().int().min(1).max(5)) }).strict(),
  z.object({ kind: z.literal('ranking'), order: z.array(id).min(1).max(60) }).strict(),
  z.object({ kind: z.literal('fist'), fist: z.number().int().min(0).max(5), reason: z.string().trim().max(300).default('') }).strict(),
  z.object({ kind: z.literal('ready') }).strict(),
  z.object({ kind: z.literal('dots'), dots: z.record(id, z.number().int().min(1).max(MAX_DOTS)) }).strict(),
]);
export type Answer = z.infer<typeof AnswerSchema>;
export type AnswerKind = Answer['kind'];

export const PhoneMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('join'), name: displayName, team: RoomTeamSchema }).strict(),
  z.object({ type: z.literal('resume'), token }).strict(),
  z.object({ type: z.literal('answer'), activityId: id, answer: AnswerSchema }).strict(),
]);
export type PhoneMessage = z.infer<typeof PhoneMessageSchema>;

/** Who sees names in an activity's results; anonymous unless the facilitator says otherwise. */
export const VisibilitySchema = z.enum(['anonymous', 'facilitator', 'everyone']);
export type Visibility = z.infer<typeof VisibilitySchema>;

const item = z.object({ id, label: z.string().max(200) }).strict();

/** What the facilitator starts: the items come from the open workshop, so phones never see anything else. */
export const ActivitySpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('maturity'), statements: z.array(item).min(1).max(30) }).strict(),
  z.object({ kind: z.literal('ranking'), criteria: z.array(item).min(2).max(60) }).strict(),
  // On a step's consent, or on one SLA clause (a commitment) of that step.
  z.object({ kind: z.literal('fist'), step: StepIdSchema, label: z.string().max(200), clause: item.optional() }).strict(),
  z.object({ kind: z.literal('ready'), label: z.string().max(200) }).strict(),
  z.object({ kind: z.literal('dots'), items: z.array(item).min(1).max(50), dotsPerPerson: z.number().int().min(1).max(MAX_DOTS) }).strict(),
]);
export type ActivitySpec = z.infer<typeof ActivitySpecSchema>;

/** The activity as a phone sees it: the spec, whether it is revealed, and that phone's own answer only. */
export interface PhoneActivity {
  id: string;
  spec: ActivitySpec;
  revealed: boolean;
  /** Seconds left on the facilitator's timer when this was sent; null without a timer. */
  secondsLeft: number | null;
}

export type ServerMessage =
  | { type: 'joined'; token: string; name: string; team: RoomTeam }
  | { type: 'state'; activity: PhoneActivity | null; answer: Answer | null; name: string; team: RoomTeam }
  | { type: 'refused'; message: string }
  | { type: 'removed'; message: string };

/** Reads one raw frame from a phone: JSON, bounded, and one of the known messages. */
export function readPhoneMessage(raw: string): { ok: true; message: PhoneMessage } | { ok: false; message: string } {
  if (raw.length > MAX_MESSAGE_BYTES) return { ok: false, message: 'Message too large' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, message: 'Not a message this room understands' };
  }
  const parsed = PhoneMessageSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Not a message this room understands' };
  return { ok: true, message: parsed.data };
}
