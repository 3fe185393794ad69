import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Bad usage: the router prints the message, then the command's usage line, and exits 2.
 * Every message names the option or argument it is about.
 */
export class UsageError extends Error {}

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** What the value is, for messages: "file.json", "N". */
  value?: string;
  required?: boolean;
}

export interface ArgSpec<O extends Record<string, OptionSpec>> {
  options: O;
  /** Names of the positional arguments, e.g. ['<file.pdf>']; `min` of them are required. */
  positionals?: { names: string[]; min: number; max: number };
}

export type ParsedValues<O extends Record<string, OptionSpec>> = {
  [K in keyof O]: O[K] extends { type: 'boolean' } ? boolean : O[K] extends { required: true } ? string : string | undefined;
};

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/**
 * Reads one command's arguments with node's `util.parseArgs` in strict mode. A lenient pass over
 * the same arguments first finds the exact culprit, so the message can say "--treshold is not an
 * option of backtest (did you mean --threshold?)" instead of a generic parser error; the strict
 * pass then has the last word. Also refused: an option given twice, a value that is empty or is
 * really the next option (`--threshold --json`), a value given to a flag (`--json=yes`).
 */
export function parseCommandLine<O extends Record<string, OptionSpec>>(command: string, args: string[], spec: ArgSpec<O>): { values: ParsedValues<O>; positionals: string[] } {
  const options = Object.fromEntries(Object.entries(spec.options).map(([name, o]) => [name, { type: o.type }])) as NonNullable<ParseArgsConfig['options']>;
  const positional = spec.positionals ?? { names: [], min: 0, max: 0 };
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  const seen = new Set<string>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    checkOption(command, token, spec.options);
    if (seen.has(token.name)) throw new UsageError(`${token.rawName} is given twice; give it once.`);
    seen.add(token.name);
  }
  if (positionals.length > positional.max) {
    const extra = positionals[positional.max];
    throw new UsageError(positional.max === 0 ? `${command} takes no file arguments, only options: unexpected "${extra}".` : `unexpected argument "${extra}": ${command} takes ${positional.names.join(' ')}.`);
  }
  if (positionals.length < positional.min) throw new UsageError(`${positional.names[positionals.length]} is missing.`);

  let strict: ReturnType<typeof parseArgs>;
  try {
    strict = parseArgs({ args, options, strict: true, allowPositionals: positional.max > 0 });
  } catch (error) {
    // Not expected after the checks above, but the strict parser has the last word.
    if ((error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError((error as Error).message);
    throw error;
  }
  for (const [name, o] of Object.entries(spec.options)) {
    if (o.required && strict.values[name] === undefined) throw new UsageError(`--${name} ${o.value ?? 'value'} is required.`);
    if (o.type === 'boolean') strict.values[name] ??= false;
  }
  return { values: strict.values as ParsedValues<O>, positionals: strict.positionals };
}

function checkOption(command: string, token: Extract<Token, { kind: 'option' }>, specs: Record<string, OptionSpec>): void {
  const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined;
  if (!spec) {
    const near = closest(token.name, Object.keys(specs));
    throw new UsageError(`${token.rawName} is not an option of ${command}${near ? ` (did you mean --${near}?)` : ''}.`);
  }
  if (spec.type === 'boolean') {
    if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value (got "${token.value}").`);
    return;
  }
  const value = token.value;
  // Lenient parsing lets a string option swallow the next option; strict parsing calls that ambiguous.
  const swallowedOption = value !== undefined && !token.inlineValue && value.startsWith('-');
  if (value === undefined || value === '' || swallowedOption) throw new UsageError(`${token.rawName} needs a value, as in ${token.rawName} ${spec.value ?? 'value'}.`);
}

/** The known option nearest to a misspelt one (edit distance ≤ 2, or a prefix), if any. */
function closest(name: string, known: string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = candidate.startsWith(name) && name.length >= 3 ? 1 : distance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}

const WHOLE = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A number option written the way people write numbers: plain decimal digits, optionally a minus
 * sign and a fraction after a dot. Hex, binary, octal, exponents, "Infinity", blanks and grouping
 * are refused rather than guessed at, and the value must fall inside the range.
 */
export function decimalOption(option: string, text: string, range: { min: number; max: number; whole?: boolean }): number {
  const what = `${range.whole ? 'a whole number' : 'a number'} from ${range.min} to ${range.max}`;
  if (!(range.whole ? WHOLE : DECIMAL).test(text)) throw new UsageError(`--${option} must be ${what} in plain decimal digits, not "${text}".`);
  const n = Number(text);
  if (n < range.min || n > range.max) throw new UsageError(`--${option} must be ${what}, not ${text}.`);
  return n;
}
