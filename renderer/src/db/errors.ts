import type { z } from 'zod';
import type { AgreementVersion } from '../../../shared/model/agreement';
import { AppFailure } from '../../../shared/ipc/result';

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => issue.message)
    .join('; ');
}

/** Parses with a schema or throws an AppFailure whose message a person can read. */
export function validOrThrow<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppFailure('BAD_INPUT', describeIssues(parsed.error));
  return parsed.data;
}

/** Signed means frozen: a version with a content hash or a signed-or-later status is never edited. */
export const isFrozen = (v: Pick<AgreementVersion, 'status' | 'contentHash'>) =>
  v.contentHash !== null || v.status === 'signed' || v.status === 'superseded' || v.status === 'archived';

export const FROZEN_MESSAGE = 'This version is signed and frozen. Use “Revise” to start a new draft version.';
