import type { z } from 'zod';
import { AppFailure } from '../../../shared/ipc/result';
import { describeIssues } from '../../../shared/ipc/describe-issues';

export { describeIssues };

/** Parses with a schema or throws an AppFailure whose message a person can read. */
export function validOrThrow<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppFailure('BAD_INPUT', describeIssues(parsed.error));
  return parsed.data;
}
