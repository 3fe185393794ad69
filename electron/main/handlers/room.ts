import { AppFailure } from '../../../shared/ipc/result';
import type { ServiceDeps } from '../services/deps';
import type { RoomController } from '../services/room/room-controller';
import type { HandlersFor } from './types';

type RoomMethods =
  | 'getRoom'
  | 'watchRoom'
  | 'openRoom'
  | 'closeRoom'
  | 'startRoomActivity'
  | 'revealRoomActivity'
  | 'endRoomActivity'
  | 'renameRoomParticipant'
  | 'removeRoomParticipant';

const CLOSED = { open: false, revision: 0, joinUrl: null, typeUrl: null, joinCode: null, address: null, addresses: [], participants: [], activity: null, problem: null };

export function createRoomHandlers(deps: ServiceDeps): HandlersFor<RoomMethods> {
  const room = (): RoomController => {
    if (!deps.room) throw new AppFailure('NOT_FOUND', 'Rooms are not available in this shell');
    return deps.room;
  };
  return {
    // Where there is no room host (the CLI), the room simply reads as closed with nowhere to open it.
    getRoom: async () => deps.room?.status() ?? { ...CLOSED, problem: 'Rooms are not available in this shell' },
    watchRoom: async ({ after }) => room().watch(after),
    openRoom: async ({ address }) => room().open(address),
    closeRoom: async () => room().close(),
    startRoomActivity: async ({ spec, ...options }) => room().start(spec, options),
    revealRoomActivity: async () => room().reveal(),
    endRoomActivity: async () => room().end(),
    renameRoomParticipant: async ({ id, name }) => room().rename(id, name),
    removeRoomParticipant: async ({ id }) => room().remove(id),
  };
}
