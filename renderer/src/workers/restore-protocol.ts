import type { ErrorCode } from '../../../shared/ipc/result';
import type { BackupProgress } from '../db/restore-scratch';

/** What the page asks of the restore worker (restore.worker.ts). */
export type RestoreRequest =
  | { type: 'restore'; blob: Blob; dbName: string; scratchName: string }
  | { type: 'export'; dbName: string; skip: readonly string[] }
  /** The answer to 'beforeReplace': the safety copy is made (go on) or failed (stop, change nothing). */
  | { type: 'proceed' }
  | { type: 'stop' };

/** A failure as data: an AppFailure's code, or a database error's name, and its sentence. */
export interface WorkerFailure {
  code: ErrorCode | null;
  name: string;
  message: string;
}

export type RestoreResponse =
  | { type: 'progress'; progress: BackupProgress }
  /** Every check passed: the page takes its safety copy now and answers 'proceed' or 'stop'. */
  | { type: 'beforeReplace' }
  | { type: 'restored'; versions: number }
  | { type: 'exported'; blob: Blob }
  | { type: 'failed'; failure: WorkerFailure };
