import { useSyncExternalStore } from 'react';
import { applyTheme, currentTheme, subscribeTheme, type Theme } from './theme';

/** Shown in the rail and in Settings; both follow the one theme, whichever was clicked. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribeTheme, currentTheme);
  const next: Theme = theme === 'light' ? 'dark' : 'light';
  return (
    <button className="btn btn-small" aria-label={`Switch to ${next} theme`} onClick={() => applyTheme(next)}>
      {theme === 'light' ? '☾ Dark theme' : '☀ Light theme'}
    </button>
  );
}
