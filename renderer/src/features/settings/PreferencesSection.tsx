import { useEffect, useState } from 'react';
import type { Settings } from '../../../../shared/model/settings';
import { getSettings } from '../../db/repositories/settings';
import { DailyBackupsSetting } from './DailyBackupsSetting';
import { FacilitatorSetting } from './FacilitatorSetting';
import './settings.css';

/** The app's stored settings. Read once on opening: each control then owns its value while edited. */
export function PreferencesSection() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    getSettings().then(
      (read) => live && setSettings(read),
      (e: Error) => live && setError(`The settings could not be read: ${e.message}`),
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <section className="card stack" aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">You and your library</h2>
      {error && (
        <p className="alert alert-danger" role="alert">
          {error}
        </p>
      )}
      {settings ? (
        <>
          <FacilitatorSetting stored={settings.defaultFacilitator} />
          <DailyBackupsSetting stored={settings.dailyBackups} />
        </>
      ) : (
        !error && <p className="muted">Loading…</p>
      )}
    </section>
  );
}
