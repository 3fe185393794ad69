import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { AgreementFileSchema, AgreementVersionSchema, SCHEMA_VERSION, type AgreementVersion } from '../../shared/model/agreement';
import { AuditEventSchema, type AuditEvent } from '../../shared/model/audit';
import { AppFailure } from '../../shared/ipc/result';
import { describeZodError } from '../main/ipc/dispatch';
import { inspectP12 } from '../main/services/keys';
import type { SealingKey } from '../main/services/keys';

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
