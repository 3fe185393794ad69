import type { ActivitySpec, RoomTeam, Visibility } from './protocol';
import type { Tally } from './tally';

/** A network interface the facilitator can open the room on. */
export interface RoomAddress {
  address: string;
  /** The interface's name and kind, in words ("Wi-Fi (en0)", "This computer only"). */
  label: string;
}

export interface RoomParticipantStatus {
  id: string;
  name: string;
  team: RoomTeam;
  connected: boolean;
  /** Whether this person has answered the running activity; null when the activity is anonymous. */
  answered: boolean | null;
}

export interface RoomActivityStatus {
  id: string;
  spec: ActivitySpec;
  visibility: Visibility;
  /** The laptop reveals by itself once everyone is in. */
  revealWhenAllIn: boolean;
  /** When the activity's timer ends (the laptop reveals then), or null. */
  endsAt: string | null;
  revealed: boolean;
  /** People who answered, of those who may (everyone in the room but observers). */
  answered: number;
  eligible: number;
  /** The result, only once revealed: counts stay hidden until then, on the laptop too. */
  tally: Tally | null;
}

/** What the facilitator's laptop sees of the room; the phones see far less (protocol.ts). */
export interface RoomStatus {
  open: boolean;
  /** Grows with every change, so the laptop can wait for the next one. */
  revision: number;
  /** The URL in the QR code (with the room's secret), and the shorter one to type with the join code. */
  joinUrl: string | null;
  typeUrl: string | null;
  joinCode: string | null;
  address: string | null;
  addresses: RoomAddress[];
  participants: RoomParticipantStatus[];
  activity: RoomActivityStatus | null;
  /** Why the room could not open, in words. */
  problem: string | null;
}
