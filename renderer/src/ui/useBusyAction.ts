import { useCallback, useState } from 'react';
import { userMessage } from '../../../shared/ipc/user-message';
import { notify } from './toast';

export interface RunOptions {
  /** What the screen says while it runs ("Importing the library…"); read back as `label`. */
  label?: string;
  /** Where a failure goes; by default a toast with the failure's one sentence (userMessage). */
  onError?: (error: unknown) => void;
}

export interface BusyAction {
  /** True while an action runs: the screen's buttons wait. */
  busy: boolean;
  /** The running action's label, or null when nothing runs (or it has none). */
  label: string | null;
  /** Runs `work` with busy set, and clears it however `work` ends. A failure never escapes as an unhandled rejection. */
  run: (work: () => Promise<unknown>, options?: RunOptions) => Promise<void>;
}

/** The default failure: one toast, worded by userMessage. */
export const toastFailure = (error: unknown) => notify.error(userMessage(error));

/**
 * The busy → try → toast pattern of a button that runs something slow (export, import, restore,
 * revise, sign): one place for it, so every such button is disabled while it runs, always comes
 * back, and reports a failure the same way.
 */
export function useBusyAction(): BusyAction {
  const [running, setRunning] = useState<{ label: string | null } | null>(null);
  const run = useCallback(async (work: () => Promise<unknown>, options: RunOptions = {}) => {
    setRunning({ label: options.label ?? null });
    try {
      await work();
    } catch (error) {
      (options.onError ?? toastFailure)(error);
    } finally {
      setRunning(null);
    }
  }, []);
  return { busy: running !== null, label: running?.label ?? null, run };
}
