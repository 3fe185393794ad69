import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ServiceDeps } from '../main/services/deps';
import { createPlainNodeDeps } from '../main/services/plain-node-deps';
import { createRoomController } from '../main/services/room/room-controller';
import { LOOPBACK } from '../main/services/room/addresses';

/**
 * The harness's stand-ins for what Electron provides: "save as" writes into the harness's
 * downloads folder (there is no native dialog in a browser tab), and keys are kept as files.
 * Its room opens on 127.0.0.1 only: tests drive phones as other browser contexts on this machine.
 */
export async function createHarnessDeps(dataFolder: string, phoneFolder = resolve('out/phone')): Promise<ServiceDeps> {
  const downloads = join(dataFolder, 'downloads');
  await mkdir(downloads, { recursive: true });
  const room = createRoomController({ phoneFolder, addresses: () => [LOOPBACK], port: Number(process.env.CG_ROOM_PORT ?? 0) });
  return { ...createPlainNodeDeps({ shell: 'web', dataFolder, chooseSavePath: async (suggestedName) => join(downloads, suggestedName) }), room };
}
