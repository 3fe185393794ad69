import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting } from '../../db/repositories/settings';
import { navigate } from '../../router';

/** Whether the once-a-day backup is on (a setting), with the way to change it. */
export function DailyBackupsStatus() {
  const on = useLiveQuery(() => getSetting('dailyBackups'), []);
  if (on === undefined) return null;
  return (
    <div className={`alert ${on ? 'alert-info' : 'alert-warning'} row`} style={{ justifyContent: 'space-between' }} data-testid="daily-backups-state">
      <span>
        {on
          ? 'Daily backups are on: the library is backed up automatically once a day, when the app starts.'
          : 'Daily backups are off: the library is only backed up when you click “Back up now” and before upgrades.'}
      </span>
      <button className="btn btn-small" onClick={() => navigate({ name: 'settings' })}>
        {on ? 'Change in Settings' : 'Turn on in Settings'}
      </button>
    </div>
  );
}
