import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues } from '../../../../shared/ipc/describe-issues';

const schema = z.object({ name: z.string().min(1, 'Name is required'), age: z.number({ message: 'Age must be a number' }), a: z.string(), b: z.string() });

describe('one zod error formatter for the app and the IPC boundary', () => {
  it('gives the first three messages, with the field names at the boundary', () => {
    const error = schema.safeParse({ name: '', age: 'x' }).error!;
    expect(describeIssues(error)).toMatch(/^Name is required; Age must be a number; [^;]+$/);
    expect(describeIssues(error, { withPath: true })).toMatch(/^name: Name is required; age: Age must be a number; a: /);
  });

  it('counts the problems it does not name when asked (imported files)', () => {
    const error = schema.safeParse({ name: '', age: 'x' }).error!;
    expect(describeIssues(error, { withPath: true, countRest: true })).toMatch(/^name: Name is required; age: Age must be a number; a: [^;]+ \(and 1 more problems\)$/);
    const three = schema.safeParse({ name: '', age: 'x', a: 'ok' }).error!;
    expect(describeIssues(three, { countRest: true })).not.toMatch(/more problems/);
  });
});
