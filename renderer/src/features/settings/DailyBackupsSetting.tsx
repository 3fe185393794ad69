import { useId, useState } from 'react';
import { navigate } from '../../router';
import { SaveStatus } from './SaveStatus';
import { useSettingSave } from './useSettingSave';

/** The switch for the once-a-day backup made on start (see features/backups/useAutoBackup.ts). */
export function DailyBackupsSetting({ stored }: { stored: boolean }) {
  const [on, setOn] = useState(stored);
  const { state, save } = useSettingSave('dailyBackups');
  const hintId = useId();
  // A checkbox only gives booleans, and saveSetting checks the value against the setting's schema;
  // a refused or failed save puts the box back, so it never shows what is not stored.
  const change = (checked: boolean) => {
    setOn(checked);
    save(checked, () => setOn(!checked));
  };
  return (
    <div className="settings-item">
      <div className="row settings-control">
        <label className="row settings-check">
          <input type="checkbox" checked={on} onChange={(e) => change(e.target.checked)} aria-describedby={hintId} />
          Back up the library automatically once a day
        </label>
        <SaveStatus state={state} testId="daily-backups-save-state" />
      </div>
      <p className="field-hint settings-check-hint" id={hintId}>
        Backups are saved in the backups folder of the data folder (see About below); the newest 14 are kept.{' '}
        <button type="button" className="settings-link" onClick={() => navigate({ name: 'backups' })}>
          See the backups
        </button>
      </p>
    </div>
  );
}
