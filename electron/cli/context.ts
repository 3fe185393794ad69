import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import type { ServiceDeps } from '../main/services/deps';
import type { CliContext } from './types';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** The CLI's own data folder (its sealing key lives here): CG_DATA_DIR, else the XDG data folder. */
export function cliDataFolder(env: NodeJS.ProcessEnv): string {
  if (env.CG_DATA_DIR) return resolve(env.CG_DATA_DIR);
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'common-ground');
}

/**
 * Plain-Node stand-ins for Electron: there is no dialog, so "save as" is the path given on the
 * command line, and there is no OS keychain, so keys rest in files only the user can read (0600).
 */
export async function createCliContext(env: NodeJS.ProcessEnv = process.env): Promise<CliContext> {
  const dataFolder = cliDataFolder(env);
  await mkdir(dataFolder, { recursive: true, mode: 0o700 });
  const deps: ServiceDeps = {
    appName: 'Common Ground',
    appVersion: pkg.version,
    platform: process.platform,
    shell: 'web',
    dataFolder,
    chooseSavePath: async () => null,
    keyVault: { encrypt: async (b) => b, decrypt: async (b) => b },
  };
  return { deps, out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`), env, cwd: process.cwd() };
}
