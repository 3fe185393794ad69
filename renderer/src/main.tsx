import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter';
import './styles/theme.css';
import './styles/components.css';
import './styles/layout.css';
import { App } from './App';
import { onBeforeUpgrade } from './db/before-upgrade';
import { applyStoredTheme } from './features/settings/theme';
import { startFirstRead } from './features/library/first-read';
import { parseRoute } from './router';
import { setJournalEnabled } from './stores/journal';

// Before anything opens the database: when this build's schema is newer than the stored one, the
// old data goes to a backup file first. The backup code (and dexie-export-import) is loaded only
// when an upgrade is actually due, so it stays out of the start-up bundle.
onBeforeUpgrade(async (old) => {
  const { backupOldDatabase } = await import('./db/repositories/backup');
  await backupOldDatabase(old);
});
// IndexedDB opens (and, on the library, its first page is read) while React renders the first screen.
if (parseRoute(window.location.hash).name === 'library') startFirstRead();
else
  void import('./db/database')
    .then(({ db }) => db.open())
    .catch(() => undefined);
// Saving starts with the database code, right after the first screen; nothing can be edited before a workshop has loaded from it.
// It also replays what a reloaded or closed page typed but had not stored yet (not in the audience window, which only shows).
const showsOnly = parseRoute(window.location.hash).name === 'audience';
setJournalEnabled(!showsOnly);
void import('./stores/autosave')
  .then(({ startAutosave }) => startAutosave({ journal: !showsOnly }))
  .catch((error: unknown) => console.error('Autosave could not start: changes will not be saved', error));
applyStoredTheme();
// The first screen is rendered in this same task rather than one scheduled after it: the library
// (or its remembered first page) is on screen one task hop sooner.
const root = createRoot(document.getElementById('root')!);
flushSync(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
