import { z } from 'zod';
import { idSchema } from '../../model/team';
import { ActivitySpecSchema, VisibilitySchema } from '../../room/protocol';
import type { RoomStatus } from '../../room/status';
import { returns } from './returns';

export type { RoomStatus } from '../../room/status';

const empty = z.object({}).strict();

/**
 * The room (participants on their phones), run from the facilitator's laptop. The laptop learns
 * of changes through `watchRoom`, which answers at the next change after the revision it has.
 */
export const roomChannels = {
  getRoom: { channel: 'renderer:get-room', input: empty, output: returns<RoomStatus>() },
  watchRoom: { channel: 'renderer:watch-room', input: z.object({ after: z.number().int().min(0) }).strict(), output: returns<RoomStatus>() },
  openRoom: { channel: 'renderer:open-room', input: z.object({ address: z.string().min(1).max(64) }).strict(), output: returns<RoomStatus>() },
  closeRoom: { channel: 'renderer:close-room', input: empty, output: returns<RoomStatus>() },
  startRoomActivity: {
    channel: 'renderer:start-room-activity',
    input: z
      .object({
        spec: ActivitySpecSchema,
        visibility: VisibilitySchema.default('anonymous'),
        seconds: z.number().int().min(10).max(3600).nullable().default(null),
        revealWhenAllIn: z.boolean().default(false),
      })
      .strict(),
    output: returns<RoomStatus>(),
  },
  revealRoomActivity: { channel: 'renderer:reveal-room-activity', input: empty, output: returns<RoomStatus>() },
  endRoomActivity: { channel: 'renderer:end-room-activity', input: empty, output: returns<RoomStatus>() },
  renameRoomParticipant: {
    channel: 'renderer:rename-room-participant',
    input: z.object({ id: idSchema, name: z.string().trim().max(40, 'A name has at most 40 characters') }).strict(),
    output: returns<RoomStatus>(),
  },
  removeRoomParticipant: { channel: 'renderer:remove-room-participant', input: z.object({ id: idSchema }).strict(), output: returns<RoomStatus>() },
} as const;
