import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter';
import './styles/theme.css';
import './styles/components.css';
import './styles/layout.css';
import { App } from './App';
import { startAutosave } from './stores/autosave';
import { applyStoredTheme } from './features/settings/theme';

applyStoredTheme();
startAutosave();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
