import type { z } from 'zod';
import { contract, isMethod, type Method } from '../../../shared/ipc/contract';
import { AppFailure, fail, ok, type Result } from '../../../shared/ipc/result';
import type { Handlers } from '../handlers/types';
import { userMessage } from '../../../shared/ipc/user-message';
import { describeIssues } from '../../../shared/ipc/describe-issues';

/** Turns a zod error into one sentence a person can act on, naming the input it is about. */
export const describeZodError = (error: z.ZodError): string => describeIssues(error, { withPath: true });

/**
 * The single entry for every call from the renderer, whatever the transport (Electron IPC or the
 * web harness): validates the input against the contract and returns errors as data.
 */
export async function dispatch(handlers: Handlers, method: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isMethod(method)) return fail('BAD_INPUT', `Unknown method: ${String(method).slice(0, 60)}`);
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) return fail('BAD_INPUT', describeZodError(parsed.error));
  try {
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof AppFailure) return fail(error.code, error.message);
    // Node's own errors carry paths and codes: logged here, told in plain words to the person.
    console.error(`[ipc] ${method} failed:`, error);
    return fail('INTERNAL', userMessage(error));
  }
}

export type { Method };
