import { AppFailure, type Result } from '../../../shared/ipc/result';

/**
 * The data of a main-process answer, or its error thrown as an AppFailure that keeps the error's
 * code (FROZEN, CANCELLED, IO…) for whoever catches it, with the same message. `explain` words the
 * message for the screen ("…, so it was not saved: <message>"); the code is never reworded.
 *
 * Kept apart from ./index so the tests that replace the bridge module still get this helper.
 */
export function unwrap<T>(result: Result<T>, explain?: (message: string) => string): T {
  if (!result.ok) throw new AppFailure(result.error.code, explain ? explain(result.error.message) : result.error.message);
  return result.data;
}
