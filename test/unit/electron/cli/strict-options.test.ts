import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decimalOption, UsageError } from '../../../../electron/cli/args';
import { loadCommands } from '../../../../electron/cli/index';
import { fixtureFile } from '../pdf/helpers';
import { cliContext } from './helpers';

const LEADS = resolve('test/fixtures/leads-sample.csv');
const MAPPING = {
  columns: [
    { column: 'industry', use: { role: 'field', name: 'industry' } },
    { column: 'demo_requests', use: { role: 'event', name: 'demo request' } },
    { column: 'outcome', use: { role: 'outcome' } },
  ],
  wonValues: ['won'],
};

function setup() {
  const c = cliContext();
  writeFileSync(join(c.dir, 'mapping.json'), JSON.stringify(MAPPING));
  return c;
}

const backtest = ['backtest', '--agreement', fixtureFile(), '--leads', LEADS, '--mapping', 'mapping.json'];
const exportArgs = ['export', fixtureFile(), 'out.pdf'];

/** [what, command line, the option the message must name] — every one refused with exit 2. */
const REFUSED: [string, string[], RegExp][] = [
  ['a misspelt option', [...backtest, '--treshold', '5'], /--treshold is not an option of backtest \(did you mean --threshold\?\)/],
  ['an unknown option', [...backtest, '--verbose'], /--verbose is not an option of backtest/],
  ['an option with no value at the end', [...backtest, '--threshold'], /--threshold needs a value, as in --threshold N/],
  ['an option whose value is the next option', [...backtest, '--threshold', '--json'], /--threshold needs a value/],
  ['an empty value', [...backtest, '--threshold', ''], /--threshold needs a value/],
  ['an empty inline value', [...backtest, '--threshold='], /--threshold needs a value/],
  ['a hex number', [...backtest, '--threshold', '0x3C'], /--threshold must be a whole number from 1 to 1000 in plain decimal digits, not "0x3C"/],
  ['an exponent', [...backtest, '--threshold', '1e2'], /--threshold must be .* not "1e2"/],
  ['Infinity', [...backtest, '--threshold', 'Infinity'], /--threshold must be .* not "Infinity"/],
  ['a fraction where a whole number is needed', [...backtest, '--threshold', '50.5'], /--threshold must be a whole number .* not "50.5"/],
  ['a number out of range', [...backtest, '--threshold=1001'], /--threshold must be a whole number from 1 to 1000, not 1001/],
  ['a negative number', [...backtest, '--threshold=-5'], /--threshold must be a whole number from 1 to 1000, not -5/],
  ['an option given twice', [...backtest, '--threshold', '5', '--threshold', '6'], /--threshold is given twice/],
  ['a value given to a flag', [...backtest, '--json=no'], /--json takes no value/],
  ['a stray argument', [...backtest, 'extra.csv'], /backtest takes no file arguments, only options: unexpected "extra.csv"/],
  ['a missing required option', ['backtest', '--agreement', fixtureFile(), '--leads', LEADS], /--mapping file\.json or --preset hubspot\|salesforce is required/],
  ['--p12 with no file', [...exportArgs, '--p12'], /--p12 needs a value, as in --p12 file\.p12/],
  ['--p12 followed by another option', ['export', '--p12', '--help-me', fixtureFile(), 'out.pdf'], /--p12 needs a value/],
  ['a misspelt export option', [...exportArgs, '--pk12', 'org.p12'], /--pk12 is not an option of export \(did you mean --p12\?\)/],
  ['a third file for export', [...exportArgs, 'third.pdf'], /unexpected argument "third\.pdf": export takes <agreement\.json> <out\.pdf>/],
  ['a missing output file', ['export', fixtureFile()], /<out\.pdf> is missing/],
  ['an option extract does not have', ['extract', 'a.pdf', 'b.json', '--json'], /--json is not an option of extract/],
  ['a misspelt score option', ['score', '--agreement', fixtureFile(), '--lead', LEADS], /--lead is not an option of score \(did you mean --leads\?\)/],
  ['a short option nobody has', ['verify', 'a.pdf', '-x'], /-x is not an option of verify/],
];

describe('a strict command line: refused with exit 2, the option named and the usage line shown', () => {
  it.each(REFUSED)('%s', async (_what, argv, message) => {
    const { run, err, out, dir } = setup();
    const commands = await loadCommands();
    expect(await run(...argv)).toBe(2);
    expect(err[0]).toMatch(new RegExp(`^${argv[0]}: `));
    expect(err[0]).toMatch(message);
    expect(err[1]).toBe(`Usage: npm run cli -- ${commands.get(argv[0])!.usage}`);
    expect(out).toEqual([]);
    expect(() => readFileSync(join(dir, 'out.pdf'))).toThrow(/ENOENT/);
  });

  it('still accepts what is right: --threshold=20, "--" before a file named like an option', async () => {
    const { run } = setup();
    expect(await run(...backtest, '--threshold=20', '--json')).toBe(0);
    const c = cliContext();
    expect(await c.run('verify', '--', '--odd-name.pdf')).toBe(2);
    expect(c.err).toEqual(['--odd-name.pdf: Cannot read the PDF --odd-name.pdf: ENOENT']);
  });
});

describe('plain decimal numbers', () => {
  it.each(['0x3C', '0b11', '0o7', '1e2', 'Infinity', '-Infinity', 'NaN', '', ' 5', '5 ', '+5', '1,000', '1_000', '.5', '5.', '٣'])('refuses %j', (text) => {
    expect(() => decimalOption('n', text, { min: -1e9, max: 1e9 })).toThrow(UsageError);
  });

  it('reads decimals and whole numbers inside the range, and names the option when out of it', () => {
    expect(decimalOption('n', '42', { min: 1, max: 100, whole: true })).toBe(42);
    expect(decimalOption('n', '007', { min: 1, max: 100, whole: true })).toBe(7);
    expect(decimalOption('rate', '-2.50', { min: -10, max: 10 })).toBe(-2.5);
    expect(() => decimalOption('rate', '2.5', { min: 1, max: 2 })).toThrow('--rate must be a number from 1 to 2, not 2.5.');
  });
});

describe('--help', () => {
  it('lists every command for the whole CLI, and explains one command with <command> --help, -h or help <command>', async () => {
    const { run, out } = setup();
    expect(await run('--help')).toBe(0);
    const commands = await loadCommands();
    for (const c of commands.values()) expect(out.join('\n')).toContain(c.usage);
    for (const argv of [['backtest', '--help'], ['export', '-h'], ['help', 'verify'], ['score', '--agreement', 'x', '--bogus', '--help']]) {
      expect(await run(...argv)).toBe(0);
      const name = argv[0] === 'help' ? argv[1] : argv[0];
      expect(out[0]).toBe(`Usage: npm run cli -- ${commands.get(name)!.usage}`);
    }
    expect(out.join('\n')).toContain('event:<event name>');
  });
});

describe('backtest with no usable row', () => {
  const header = readFileSync(LEADS, 'utf8').split('\n')[0];
  const cells = header.split(',').map((h) => (h === 'demo_requests' ? 'lots' : h === 'outcome' ? 'Won' : h === 'created' ? '2024-01-01' : '1'));

  it('exits 1 and gives the first reasons with spreadsheet row numbers (header = row 1)', async () => {
    const { run, err, out, dir } = setup();
    const rows = Array.from({ length: 7 }, () => cells.join(','));
    writeFileSync(join(dir, 'bad.csv'), [header, ...rows, 'short,row'].join('\n'));
    expect(await run(...backtest.slice(0, 4), 'bad.csv', '--mapping', 'mapping.json')).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'backtest: none of the 8 rows of bad.csv could be used; nothing was scored. Reasons (the header is row 1):',
      '  row 2: “lots” in “demo_requests” is not a count',
      '  row 3: “lots” in “demo_requests” is not a count',
      '  row 4: “lots” in “demo_requests” is not a count',
      '  row 5: “lots” in “demo_requests” is not a count',
      '  row 6: “lots” in “demo_requests” is not a count',
      '  … and 3 more',
    ]);
  });

  it('exits 1 for a header with no rows, also with --json', async () => {
    const { run, err, dir } = setup();
    writeFileSync(join(dir, 'empty.csv'), `${header}\n`);
    expect(await run(...backtest.slice(0, 4), 'empty.csv', '--mapping', 'mapping.json', '--json')).toBe(1);
    expect(err[0]).toMatch(/empty\.csv has a header but no lead rows/);
  });
});
