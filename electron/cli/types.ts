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
 * does not verify), 2 bad usage or unreadable input.
 */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], ctx: CliContext): Promise<number>;
}

export const EXIT = { ok: 0, negative: 1, usage: 2 } as const;

/** Splits `--flag value` options from positional arguments. Flags listed in `booleans` take no value. */
export function parseArgs(args: string[], booleans: string[] = []): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--')) {
      const [key, inline] = arg.slice(2).split('=', 2);
      if (inline !== undefined) options[key] = inline;
      else if (booleans.includes(key) || i + 1 >= args.length) options[key] = true;
      else options[key] = args[++i];
    } else positional.push(arg);
  }
  return { positional, options };
}
