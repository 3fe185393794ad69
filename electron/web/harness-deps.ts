import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { ServiceDeps } from '../main/services/deps';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Plain-Node stand-ins for what Electron provides: "save as" writes into the harness's
 * downloads folder (there is no native dialog in a browser tab), and keys are kept as files.
 */
export async function createHarnessDeps(dataFolder: string): Promise<ServiceDeps> {
  const downloads = join(dataFolder, 'downloads');
  await mkdir(downloads, { recursive: true });
  return {
    appName: 'Common Ground',
    appVersion: pkg.version,
    platform: process.platform,
    shell: 'web',
    dataFolder,
    chooseSavePath: async (suggestedName) => join(downloads, suggestedName),
    keyVault: { encrypt: async (b) => b, decrypt: async (b) => b },
  };
}
