import { useEffect, useState } from 'react';
import { bridge } from '../../bridge';
import type { AppInfo } from '../../../../shared/ipc/contract';
import { ThemeToggle } from './ThemeToggle';
import { PreferencesSection } from './PreferencesSection';
import { CertificateSettings } from '../verify/CertificateSettings';
import { TeamFolderSettings } from '../team-folder/TeamFolderSettings';

export function SettingsScreen() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void bridge.getAppInfo({}).then((result) => (result.ok ? setInfo(result.data) : setError(result.error.message)));
  }, []);
  return (
    <div className="page stack">
      <h1>Settings</h1>
      <PreferencesSection />
      <section className="card stack">
        <h2>Appearance</h2>
        <div className="row">
          <ThemeToggle />
        </div>
      </section>
      <CertificateSettings />
      <TeamFolderSettings />
      <section className="card stack" aria-label="About">
        <h2>About</h2>
        {error && <p className="alert alert-danger">{error}</p>}
        {info && (
          <dl>
            <dt className="muted">Version</dt>
            <dd data-testid="app-version">
              {info.name} {info.version} ({info.shell}, {info.platform})
            </dd>
            <dt className="muted">Data folder (backups, keys)</dt>
            <dd>{info.dataFolder}</dd>
            <dt className="muted">Agreements</dt>
            <dd>Stored in the app&apos;s local database. Signed versions also go into the team library folder when one is set; the app itself never sends anything over the network.</dd>
          </dl>
        )}
      </section>
    </div>
  );
}
