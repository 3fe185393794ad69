import { useEffect } from 'react';
import { backupIfDue } from '../../db/repositories/backup';

let started = false;

/** Once per app start: a daily backup when the newest one is more than a day old. */
export function useAutoBackup(): void {
  useEffect(() => {
    if (started) return;
    started = true;
    // A backup must never get in the way of work; failures are only logged.
    const timer = setTimeout(() => void backupIfDue().catch((error: unknown) => console.warn('Automatic backup failed', error)), 3000);
    return () => clearTimeout(timer);
  }, []);
}
