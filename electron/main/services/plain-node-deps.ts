import { readFileSync } from 'node:fs';
import type { KeyVault, ServiceDeps } from './deps';
import type { FileFilter } from './file-filter';

/** Where the services run without Electron: the browser harness or the command line. */
export type PlainNodeShell = Exclude<ServiceDeps['shell'], 'electron'>;

export interface PlainNodeOptions {
  shell: PlainNodeShell;
  dataFolder: string;
  /** There is no native "save as": the harness saves into its downloads folder, the CLI takes the path from its arguments (null here). */
  chooseSavePath?: (suggestedName: string, filters: FileFilter[]) => Promise<string | null>;
  /** There is no OS keychain: keys rest as files (0600) unless a test passes a vault of its own. */
  keyVault?: KeyVault;
  /** The package's version unless given (tests; jsdom cannot read package.json by a file URL). */
  appVersion?: string;
}

const passThrough: KeyVault = { encrypt: async (b) => b, decrypt: async (b) => b };

/** The version in package.json, which both shells ship. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/**
 * The one set of plain-Node stand-ins for what Electron provides (host-deps.ts is the Electron
 * one), used by the web harness, the CLI and the tests, each saying honestly which shell it is.
 */
export function createPlainNodeDeps(options: PlainNodeOptions): ServiceDeps {
  return {
    appName: 'Common Ground',
    appVersion: options.appVersion ?? packageVersion(),
    platform: process.platform,
    shell: options.shell,
    dataFolder: options.dataFolder,
    chooseSavePath: options.chooseSavePath ?? (async () => null),
    keyVault: options.keyVault ?? passThrough,
  };
}
