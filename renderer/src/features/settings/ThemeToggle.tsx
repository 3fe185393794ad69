import { useState } from 'react';
import { applyTheme, storedTheme, type Theme } from './theme';

export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(storedTheme);
  const next: Theme = theme === 'light' ? 'dark' : 'light';
  return (
    <button
      className="btn btn-small"
      aria-label={`Switch to ${next} theme`}
      onClick={() => {
        applyTheme(next);
        setTheme(next);
      }}
    >
      {theme === 'light' ? '☾ Dark theme' : '☀ Light theme'}
    </button>
  );
}
