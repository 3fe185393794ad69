import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { z } from 'zod';
import { AgreementFileSchema, AgreementVersionSchema, SCHEMA_VERSION, type AgreementVersion } from '../../shared/model/agreement';
import { AuditEventSchema, type AuditEvent } from '../../shared/model/audit';
import { AppFailure } from '../../shared/ipc/result';
import { skipReason, type RowTally } from '../../shared/rules/scoring/read-lead';
import { describeZodError } from '../main/ipc/dispatch';
import { inspectP12 } from '../main/services/keys';
import type { SealingKey } from '../main/services/keys';
import { EXIT, type CliContext } from './types';

export async function readInputFile(path: string, cwd: string, what: string): Promise<Buffer> {
  try {
    return await readFile(resolve(cwd, path));
  } catch (error) {
    throw new AppFailure('BAD_INPUT', `Cannot read the ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/**
 * Reads an agreement file (the app's export format, optionally with an `auditEvents` list beside
 * it) or a bare agreement version. Anything else is refused with the first reason.
 */
export async function readAgreementInput(path: string, cwd: string): Promise<{ version: AgreementVersion; auditEvents: AuditEvent[] }> {
  const text = (await readInputFile(path, cwd, 'agreement file')).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppFailure('INVALID_FILE', `${path} is not valid JSON`);
  }
  const events = z.array(AuditEventSchema).max(10_000).default([]);
  if (json && typeof json === 'object' && 'kind' in json) {
    const schemaVersion = (json as { schemaVersion?: unknown }).schemaVersion;
    if (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION) throw new AppFailure('UNSUPPORTED_VERSION', `${path} was written by a newer Common Ground (format ${schemaVersion})`);
    const parsed = AgreementFileSchema.extend({ auditEvents: events }).safeParse(json);
    if (!parsed.success) throw new AppFailure('INVALID_FILE', `${path} is not a valid agreement: ${describeZodError(parsed.error)}`);
    return { version: parsed.data.version, auditEvents: parsed.data.auditEvents };
  }
  const parsed = AgreementVersionSchema.safeParse(json);
  if (!parsed.success) throw new AppFailure('INVALID_FILE', `${path} is not a valid agreement version: ${describeZodError(parsed.error)}`);
  return { version: parsed.data, auditEvents: [] };
}

/** An organisation's .p12 given on the command line; the password comes from CG_P12_PASSWORD so it never shows in `ps`. */
export async function readP12Key(path: string, cwd: string, env: NodeJS.ProcessEnv): Promise<SealingKey> {
  const p12 = new Uint8Array(await readInputFile(path, cwd, '.p12 file'));
  const passphrase = env.CG_P12_PASSWORD ?? '';
  const facts = inspectP12(p12, passphrase);
  return { p12, passphrase, info: { subject: facts.subject, fingerprint: facts.fingerprint, origin: 'imported', validUntil: facts.validUntil } };
}

/** Where the rows of a CSV go: `LeadListBuilder` (score) or `LeadTableBuilder` (backtest), both RowTallies. */
export interface CsvRowSink extends RowTally {
  add(cells: string[], line: number): void;
}

/**
 * Steps through a CSV's records with papaparse, the same way for `score` and `backtest`. A byte
 * order mark is dropped; the first record is the header, and `start(headers)` gives the sink for
 * the rows, or a sentence that refuses the whole file (a missing column). Every later record is
 * passed on with its spreadsheet row number (the header is row 1; a line break inside a quoted
 * cell does not start a new row); one papaparse cannot read (an unclosed quote) is skipped with
 * its reason. Returns null for an empty file.
 */
export function readCsvRows<T extends CsvRowSink>(text: string, start: (headers: string[]) => T | string): T | string | null {
  let sink: T | null = null;
  let problem: string | null = null;
  let line = 0;
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: false,
    step(results, parser) {
      line += 1;
      if (!sink) {
        const started = start(results.data);
        if (typeof started === 'string') {
          problem = started;
          return parser.abort();
        }
        sink = started;
        return;
      }
      const quoteError = results.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        sink.rowsRead += 1;
        sink.reject(line, skipReason.unreadable(quoteError.message));
      } else sink.add(results.data, line);
    },
  });
  return problem ?? sink;
}

const SHOWN_SKIPPED = 5;

/** The first skipped rows, "  row 13: <reason>" (or "  lead 3: …" in a JSON leads file), then "  … and N more". */
export function skippedRowLines(tally: RowTally, shown = SHOWN_SKIPPED): string[] {
  const lines = tally.rejected.slice(0, shown).map((r) => `  ${tally.unit} ${r.line}: ${r.reason}`);
  const more = tally.rejectedCount - lines.length;
  if (more > 0) lines.push(`  … and ${more} more`);
  return lines;
}

/** How the rows of a leads file were read, printed the same way by `score` and `backtest`. */
export function readingLines(tally: RowTally): string[] {
  const noun = tally.unit === 'row' ? 'Rows' : 'Leads';
  const where = tally.unit === 'row' ? ' (the header is row 1)' : '';
  const lines = [`${`${noun} read:`.padEnd(18)}${tally.rowsRead}`, `${`${noun} rejected:`.padEnd(18)}${tally.rejectedCount}${tally.rejectedCount ? `${where}:` : ''}`, ...skippedRowLines(tally)];
  if (tally.withoutOutcome > 0) lines.push(`${noun} without outcome: ${tally.withoutOutcome} (no outcome: counted as not won)`);
  return lines;
}

/** The same figures for --json output. */
export function readingJson(tally: RowTally) {
  return { rowsRead: tally.rowsRead, rowsRejected: tally.rejectedCount, rejected: tally.rejected, rowsWithoutOutcome: tally.withoutOutcome };
}

/** Every row was refused (or there was none): there are no figures to give, so say why and exit 1. */
export function nothingToScore(command: string, file: string, tally: RowTally, ctx: CliContext): number {
  const rows = tally.unit === 'row' ? 'rows' : 'leads';
  if (tally.rowsRead === 0) ctx.err(tally.unit === 'row' ? `${command}: ${file} has a header but no lead rows; nothing was scored.` : `${command}: ${file} holds no leads; nothing was scored.`);
  else {
    ctx.err(`${command}: none of the ${tally.rowsRead} ${rows} of ${file} could be used; nothing was scored. Reasons${tally.unit === 'row' ? ' (the header is row 1)' : ''}:`);
    for (const line of skippedRowLines(tally)) ctx.err(line);
  }
  return EXIT.negative;
}
