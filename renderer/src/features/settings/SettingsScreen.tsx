import { useEffect, useState } from 'react';
import { bridge } from '../../bridge';
import type { AppInfo } from '../../../../shared/ipc/contract';
import { ThemeToggle } from './ThemeToggle';
import { PreferencesSection } from './PreferencesSection';
import { CertificateSettings } from '../verify/CertificateSettings';

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
            <dd>Stored on this device only, in the app&apos;s local database. Nothing leaves the machine.</dd>
          </dl>
        )}
      </section>
    </div>
  );
}
