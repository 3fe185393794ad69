import type { z } from 'zod';

/**
 * A zod error as one sentence a person can act on: the first three messages, each after the field
 * it is about when `withPath` (the IPC boundary, where the caller needs to know which input).
 */
export function describeIssues(error: z.ZodError, options: { withPath?: boolean } = {}): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (options.withPath && issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
