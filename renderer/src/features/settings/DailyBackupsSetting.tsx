import { useId, useState } from 'react';
import { settingSchema } from '../../../../shared/model/settings';
import { navigate } from '../../router';
import { SaveStatus } from './SaveStatus';
import { useSettingSave } from './useSettingSave';

const schema = settingSchema('dailyBackups');

/** The switch for the once-a-day backup made on start (see features/backups/useAutoBackup.ts). */
export function DailyBackupsSetting({ stored }: { stored: boolean }) {
  const [on, setOn] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  const { state, save } = useSettingSave('dailyBackups');
  const hintId = useId();
  const change = (checked: boolean) => {
    const parsed = schema.safeParse(checked);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Not valid');
    setError(null);
    setOn(parsed.data);
    save(parsed.data);
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
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
