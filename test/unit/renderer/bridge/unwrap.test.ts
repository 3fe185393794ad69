import { describe, expect, it } from 'vitest';
import { unwrap } from '../../../../renderer/src/bridge/unwrap';
import { AppFailure, fail, ok } from '../../../../shared/ipc/result';
import { userMessage } from '../../../../shared/ipc/user-message';

describe('unwrap (issue 20: one way to read a main-process answer)', () => {
  it('returns the data of a successful answer, null included', () => {
    expect(unwrap(ok({ path: '/tmp/a.pdf' }))).toEqual({ path: '/tmp/a.pdf' });
    expect(unwrap(ok(null))).toBeNull();
  });

  it('throws an AppFailure that keeps the error code and the message', () => {
    const thrown = (() => {
      try {
        unwrap(fail('FROZEN', 'This version is signed.'));
      } catch (error) {
        return error;
      }
      throw new Error('unwrap did not throw');
    })();
    expect(thrown).toBeInstanceOf(AppFailure);
    expect(thrown).toMatchObject({ code: 'FROZEN', message: 'This version is signed.' });
    // The screens' one sentence for a failure shows the app's own message unchanged.
    expect(userMessage(thrown)).toBe('This version is signed.');
  });

  it('rewords the message for the screen when asked, never the code', () => {
    expect(() => unwrap(fail('IO', 'The disk is full.'), (m) => `Nothing was saved: ${m}`)).toThrow(expect.objectContaining({ code: 'IO', message: 'Nothing was saved: The disk is full.' }));
  });
});
