import type { z } from 'zod';

/** How many of a zod error's messages a sentence names; the rest are counted when `countRest`. */
const SHOWN = 3;

/**
 * A zod error as one sentence a person can act on: the first three messages, each after the field
 * it is about when `withPath` (the IPC boundary and imported files, where the reader needs to know
 * which input), and "(and 4 more problems)" after them when `countRest`. The app's one zod error
 * formatter: the IPC dispatcher, the CLI, the repositories and the file importer all word it here.
 */
export function describeIssues(error: z.ZodError, options: { withPath?: boolean; countRest?: boolean } = {}): string {
  const shown = error.issues
    .slice(0, SHOWN)
    .map((issue) => (options.withPath && issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  const rest = error.issues.length - SHOWN;
  return options.countRest && rest > 0 ? `${shown} (and ${rest} more problems)` : shown;
}
