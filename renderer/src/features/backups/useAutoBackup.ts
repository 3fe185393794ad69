import { useEffect } from 'react';

let started = false;

/**
 * Once per app start: the scratch databases of interrupted restores are removed, then a daily backup
 * is made when they are switched on and the newest one is more than a day old.
 */
export function useAutoBackup(): void {
  useEffect(() => {
    if (started) return;
    started = true;
    // A backup must never get in the way of work; failures are only logged.
    // The backup code (dexie-export-import) loads only then, keeping it out of the start-up bundle.
    const timer = setTimeout(
      () =>
        void import('../../db/repositories/backup')
          .then(async (m) => {
            await m.removeLeftoverScratchDatabases().catch((error: unknown) => console.warn('Removing unfinished restores failed', error));
            await m.backupIfDue();
          })
          .catch((error: unknown) => console.warn('Automatic backup failed', error)),
      3000,
    );
    return () => clearTimeout(timer);
  }, []);
}
