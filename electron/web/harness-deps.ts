import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServiceDeps } from '../main/services/deps';
import { createPlainNodeDeps } from '../main/services/plain-node-deps';

/**
 * The harness's stand-ins for what Electron provides: "save as" writes into the harness's
 * downloads folder (there is no native dialog in a browser tab), and keys are kept as files.
 */
export async function createHarnessDeps(dataFolder: string): Promise<ServiceDeps> {
  const downloads = join(dataFolder, 'downloads');
  await mkdir(downloads, { recursive: true });
  return createPlainNodeDeps({ shell: 'web', dataFolder, chooseSavePath: async (suggestedName) => join(downloads, suggestedName) });
}
