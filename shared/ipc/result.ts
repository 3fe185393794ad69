/** Errors cross process boundaries as data, never as thrown strings to be parsed. */
export type ErrorCode =
  | 'BAD_INPUT'
  | 'FORBIDDEN_SENDER'
  | 'NOT_FOUND'
  | 'CANCELLED'
  | 'FROZEN'
  | 'IO'
  | 'INVALID_FILE'
  | 'UNSUPPORTED_VERSION'
  | 'INTERNAL';

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** A thrown error that already knows which code it should travel as. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
