import { AppFailure } from './result';

/** What the browser's database errors mean for a person, and what to do. */
const STORAGE_ERRORS: Record<string, string> = {
  QuotaExceededError: 'The computer has no room left for the app’s data. Free some disk space, then try again; nothing was changed.',
  DatabaseClosedError: 'The app’s library was closed while this ran (another window may be updating it). Reload the app and try again.',
  ConstraintError: 'That record is in the library already; nothing was changed.',
  VersionError: 'The library was last opened by a newer version of Common Ground. Update the app to open it.',
  ReadOnlyError: 'The library could not be changed just now; nothing was changed. Try again.',
};
const STORAGE_FALLBACK = 'The app could not read or save its library just now; nothing was changed. Reload the app and try again; if it keeps happening, restore a backup (Backups).';
const GENERIC = 'Something went wrong in the app; nothing was changed. Try again; if it keeps happening, restart the app.';

/** Absolute paths and stack-like text are for logs, never for a message on screen. */
const INTERNAL_TEXT = /(^|[\s'"(])(\/[\w.-]+){2,}|[A-Za-z]:\\|\bat [\w.<>]+ \(|\bERR_[A-Z_]+\b|\bE(NOENT|ACCES|PERM|NOSPC|ROFS|BUSY|EXIST)\b/;

function storageName(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  if (typeof name === 'string' && name in STORAGE_ERRORS) return name;
  if (inner && typeof inner === 'object') return storageName(inner);
  return typeof name === 'string' && /Error$/.test(name) && name !== 'Error' && /^(Dexie|Open|Upgrade|Bulk|Abort|Transaction|Data|InvalidState|Unknown|Missing|NoSuch|InvalidTable|SubTransaction|PrematureCommit)/.test(name) ? name : null;
}

/**
 * The one sentence a screen shows for a failure: the app's own messages as they are, the
 * database's in the app's words, and anything internal (a path, a Node error code, a stack)
 * replaced by a plain sentence. Callers log the original for whoever debugs it (shared/ has no console).
 */
export function userMessage(error: unknown): string {
  if (error instanceof AppFailure) return error.message;
  const storage = storageName(error);
  if (storage) return STORAGE_ERRORS[storage] ?? STORAGE_FALLBACK;
  if (error instanceof Error && error.name === 'Error' && error.message && !INTERNAL_TEXT.test(error.message)) return error.message;
  return GENERIC;
}
