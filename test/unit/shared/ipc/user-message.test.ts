import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../../shared/ipc/result';
import { userMessage } from '../../../../shared/ipc/user-message';

const named = (name: string, message = 'x', inner?: unknown) => Object.assign(new Error(message), { name, inner });

describe('the message a person sees for a failure', () => {
  it('keeps the app’s own messages', () => {
    expect(userMessage(new AppFailure('INVALID_FILE', 'This backup file is damaged.'))).toBe('This backup file is damaged.');
    expect(userMessage(new Error('The PDF carries no agreement.json.'))).toBe('The PDF carries no agreement.json.');
  });

  it('says what a database error means, never its raw text', () => {
    expect(userMessage(named('QuotaExceededError', 'QuotaExceededError: The quota has been exceeded.'))).toMatch(/no room left .* Free some disk space/);
    expect(userMessage(named('AbortError', 'Transaction aborted', named('QuotaExceededError')))).toMatch(/no room left/);
    expect(userMessage(named('DatabaseClosedError', 'DatabaseClosedError Database has been closed'))).toMatch(/Reload the app/);
    expect(userMessage(named('UnknownError', 'Internal error opening backing store for indexedDB.open.'))).toMatch(/could not read or save its library/);
  });

  it('hides paths, Node error codes and programming errors behind a plain sentence', () => {
    for (const error of [
      new Error("ENOENT: no such file or directory, open '/home/riley/.config/Common Ground/keys/seal.json'"),
      new Error('EACCES: permission denied'),
      new Error('Cannot write C:\\Users\\riley\\AppData\\x.json'),
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      'a string',
    ]) {
      expect(userMessage(error)).toBe('Something went wrong in the app; nothing was changed. Try again; if it keeps happening, restart the app.');
    }
  });
});
