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
});
