import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { createPlainNodeDeps } from '../main/services/plain-node-deps';
import type { CliContext } from './types';

/** The CLI's own data folder (its sealing key lives here): CG_DATA_DIR, else the XDG data folder. */
export function cliDataFolder(env: NodeJS.ProcessEnv): string {
  if (env.CG_DATA_DIR) return resolve(env.CG_DATA_DIR);
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'common-ground');
}

/**
 * The plain-Node stand-ins for Electron: there is no dialog, so "save as" is the path given on the
 * command line, and there is no OS keychain, so keys rest in files only the user can read (0600).
 */
export async function createCliContext(env: NodeJS.ProcessEnv = process.env): Promise<CliContext> {
  const dataFolder = cliDataFolder(env);
  await mkdir(dataFolder, { recursive: true, mode: 0o700 });
  const deps = createPlainNodeDeps({ shell: 'cli', dataFolder });
  return { deps, out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`), env, cwd: process.cwd() };
}
