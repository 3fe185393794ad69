import { randomBytes } from 'node:crypto';
import { MAX_PARTICIPANTS, type ActivitySpec, type Answer, type PhoneActivity, type RoomTeam, type ServerMessage, type Visibility } from '../../../../shared/room/protocol';
import type { RoomActivityStatus, RoomParticipantStatus } from '../../../../shared/room/status';
import { answerProblem, tallyAnswers } from '../../../../shared/room/tally';

/**
 * Who is in the room and what they answered, without any network: the server feeds it checked
 * messages and the facilitator's commands, the tests drive it directly. Answers are kept per
 * participant, so a second answer replaces the first (never counted twice) and a phone that
 * reconnects finds its answer where it left it.
 */

export interface Participant {
  id: string;
  token: string;
  name: string;
  team: RoomTeam;
  connected: boolean;
}

interface Activity {
  id: string;
  spec: ActivitySpec;
  options: ActivityOptions;
  /** When the timer ends (ms since the epoch), or null. */
  endsAt: number | null;
  revealed: boolean;
  answers: Map<string, Answer>;
}

export interface ActivityOptions {
  visibility: Visibility;
  /** A timer for the activity; the laptop reveals when it ends. */
  seconds: number | null;
  /** The laptop reveals as soon as everyone who may answer has. */
  revealWhenAllIn: boolean;
}

/** What the server does when the room changes: tell phones (scope 'everyone') and wake the laptop. */
export interface SessionListener {
  changed(scope: 'everyone' | 'facilitator'): void;
  removed(participant: Participant): void;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const ANONYMOUS = 'Anonymous';

export class RoomSession {
  private readonly participants = new Map<string, Participant>();
  private readonly byToken = new Map<string, Participant>();
  private activity: Activity | null = null;

  constructor(
    private readonly listener: SessionListener = { changed: () => {}, removed: () => {} },
    private readonly now: () => number = Date.now,
  ) {}

  private changed(scope: 'everyone' | 'facilitator'): void {
    this.listener.changed(scope);
  }

  join(name: string, team: RoomTeam): Outcome<Participant> {
    if (this.participants.size >= MAX_PARTICIPANTS) return { ok: false, message: `The room is full (${MAX_PARTICIPANTS} people)` };
    const participant: Participant = { id: hex(8), token: hex(16), name: name || ANONYMOUS, team, connected: true };
    this.participants.set(participant.id, participant);
    this.byToken.set(participant.token, participant);
    this.changed('facilitator');
    return { ok: true, value: participant };
  }

  byTokenOf(token: string): Participant | undefined {
    return this.byToken.get(token);
  }

  setConnected(participant: Participant, connected: boolean): void {
    if (participant.connected === connected || !this.participants.has(participant.id)) return;
    participant.connected = connected;
    this.changed('facilitator');
  }

  answer(participant: Participant, activityId: string, answer: Answer): Outcome<Answer> {
    const activity = this.activity;
    if (!activity || activity.id !== activityId) return { ok: false, message: 'This activity has ended' };
    if (activity.revealed) return { ok: false, message: 'The answers have been revealed; nothing more can change' };
    if (participant.team === 'Observer') return { ok: false, message: 'Observers follow along without voting' };
    const problem = answerProblem(activity.spec, answer);
    if (problem) return { ok: false, message: problem };
    activity.answers.set(participant.id, answer);
    this.changed('facilitator');
    return { ok: true, value: answer };
  }

  start(spec: ActivitySpec, options: ActivityOptions): void {
    this.activity = { id: hex(8), spec, options, endsAt: options.seconds ? this.now() + options.seconds * 1000 : null, revealed: false, answers: new Map() };
    this.changed('everyone');
  }

  reveal(): Outcome<null> {
    if (!this.activity) return { ok: false, message: 'No activity is running' };
    this.activity.revealed = true;
    this.changed('everyone');
    return { ok: true, value: null };
  }

  end(): void {
    this.activity = null;
    this.changed('everyone');
  }

  rename(id: string, name: string): Outcome<null> {
    const participant = this.participants.get(id);
    if (!participant) return { ok: false, message: 'This person has left the room' };
    participant.name = name || ANONYMOUS;
    this.changed('everyone');
    return { ok: true, value: null };
  }

  /** Takes a person out of the room: their token stops working and their answer stops counting. */
  remove(id: string): Participant | undefined {
    const participant = this.participants.get(id);
    if (!participant) return undefined;
    this.participants.delete(id);
    this.byToken.delete(participant.token);
    this.activity?.answers.delete(id);
    this.listener.removed(participant);
    this.changed('facilitator');
    return participant;
  }

  /** What one phone may see: the activity and its own answer, never anyone else's. */
  phoneState(participant: Participant): ServerMessage {
    const current = this.activity;
    const secondsLeft = current?.endsAt ? Math.max(0, Math.round((current.endsAt - this.now()) / 1000)) : null;
    const activity: PhoneActivity | null = current ? { id: current.id, spec: current.spec, revealed: current.revealed, secondsLeft } : null;
    return { type: 'state', activity, answer: this.activity?.answers.get(participant.id) ?? null, name: participant.name, team: participant.team };
  }

  participantList(): RoomParticipantStatus[] {
    const activity = this.activity;
    const showWho = activity !== null && activity.options.visibility !== 'anonymous';
    return [...this.participants.values()].map((p) => ({
      id: p.id,
      name: p.name,
      team: p.team,
      connected: p.connected,
      answered: showWho ? activity!.answers.has(p.id) : null,
    }));
  }

  activityStatus(): RoomActivityStatus | null {
    const activity = this.activity;
    if (!activity) return null;
    const counted = [...activity.answers].flatMap(([id, answer]) => {
      const participant = this.participants.get(id);
      // Names travel with the answers only when the activity shows them to everyone.
      return participant ? [{ team: participant.team, answer, ...(activity.options.visibility === 'everyone' ? { name: participant.name } : {}) }] : [];
    });
    const eligible = [...this.participants.values()].filter((p) => p.team !== 'Observer').length;
    const tally = activity.revealed ? tallyAnswers(activity.spec, counted) : null;
    const { visibility, revealWhenAllIn } = activity.options;
    const endsAt = activity.endsAt === null ? null : new Date(activity.endsAt).toISOString();
    return { id: activity.id, spec: activity.spec, visibility, revealWhenAllIn, endsAt, revealed: activity.revealed, answered: counted.length, eligible, tally };
  }
}
