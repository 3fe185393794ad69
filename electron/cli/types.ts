import type { ServiceDeps } from '../main/services/deps';

/** What a command gets: the plain-Node service deps, where to print, and the environment. */
export interface CliContext {
  deps: ServiceDeps;
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * One CLI command. Each lives in electron/cli/commands/<name>.ts and exports `command`;
 * the router finds it by file, so adding a command touches no other file.
 * `run` resolves to the process exit code: 0 success, 1 a negative answer (e.g. a PDF that
 * does not verify, a backtest with no usable row), 2 bad usage or unreadable input, 3 `verify`'s
 * "intact, but sealed by a certificate this machine does not know yet".
 */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** More lines for `<command> --help`, after the usage line and the summary. */
  help?: string[];
  /** Reads its arguments with `parseCommandLine` (args.ts), which throws a UsageError the router turns into exit 2. */
  run(args: string[], ctx: CliContext): Promise<number>;
}

export const EXIT = { ok: 0, negative: 1, usage: 2, unknownCertificate: 3 } as const;
