import { readdir } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AppFailure } from '../../shared/ipc/result';
import { UsageError } from './args';
import { createCliContext } from './context';
import { EXIT, type CliCommand, type CliContext } from './types';

const commandsFolder = join(dirname(fileURLToPath(import.meta.url)), 'commands');

/** Every electron/cli/commands/<name>.ts that exports `command`. */
export async function loadCommands(): Promise<Map<string, CliCommand>> {
  const files = (await readdir(commandsFolder)).filter((f) => ['.ts', '.js', '.mjs'].includes(extname(f)) && !f.endsWith('.d.ts') && !f.includes('.test.'));
  const commands = new Map<string, CliCommand>();
  for (const file of files.sort()) {
    const mod = (await import(pathToFileURL(join(commandsFolder, file)).href)) as { command?: CliCommand };
    if (mod.command) commands.set(mod.command.name, mod.command);
  }
  return commands;
}

function help(commands: Map<string, CliCommand>, ctx: CliContext): void {
  ctx.out('Common Ground command line\n');
  ctx.out('Usage: npm run cli -- <command> [arguments]');
  ctx.out('       npm run cli -- <command> --help   (one command in detail)\n');
  for (const c of commands.values()) ctx.out(`  ${c.usage}\n      ${c.summary}`);
}

function commandHelp(command: CliCommand, ctx: CliContext): void {
  ctx.out(`Usage: npm run cli -- ${command.usage}`);
  ctx.out('');
  ctx.out(command.summary);
  if (command.help?.length) ctx.out('');
  for (const line of command.help ?? []) ctx.out(line);
}

/** `--help` or `-h` anywhere before a `--` asks for the command's help, whatever else is on the line. */
function wantsHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** Runs one command line and returns the exit code; errors become one readable line on stderr. */
export async function runCli(argv: string[], ctx?: CliContext): Promise<number> {
  const context = ctx ?? (await createCliContext());
  const commands = await loadCommands();
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const about = name === 'help' && rest[0] ? commands.get(rest[0]) : undefined;
    if (about) commandHelp(about, context);
    else help(commands, context);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = commands.get(name);
  if (!command) {
    context.err(`Unknown command "${name}". Commands: ${[...commands.keys()].join(', ')}.`);
    return EXIT.usage;
  }
  if (wantsHelp(rest)) {
    commandHelp(command, context);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, context);
  } catch (error) {
    if (error instanceof UsageError) {
      context.err(`${name}: ${error.message}`);
      context.err(`Usage: npm run cli -- ${command.usage}`);
      if (command.help?.length) context.err(`More: npm run cli -- ${name} --help`);
      return EXIT.usage;
    }
    context.err(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    return error instanceof AppFailure && error.code !== 'INTERNAL' ? EXIT.usage : EXIT.negative;
  }
}

const invokedDirectly = process.argv[1] && fileURLToPath(import.meta.url) === (await import('node:fs')).realpathSync(process.argv[1]);
if (invokedDirectly) {
  process.exitCode = await runCli(process.argv.slice(2));
}
