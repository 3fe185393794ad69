import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter';
import './styles/theme.css';
import './styles/components.css';
import './styles/layout.css';
import { App } from './App';
import { startAutosave } from './stores/autosave';
import { applyStoredTheme } from './features/settings/theme';
import { startFirstRead } from './features/library/first-read';
import { parseRoute } from './router';
import { db } from './db/database';

// IndexedDB opens (and, on the library, its first page is read) while React renders the first screen.
if (parseRoute(window.location.hash).name === 'library') startFirstRead();
else void db.open().catch(() => undefined);
applyStoredTheme();
startAutosave();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
