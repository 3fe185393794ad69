export type Theme = 'light' | 'dark';
const KEY = 'cg-theme';

/** The theme is a per-device display preference, so it lives beside the window, not in the agreements. */
export function storedTheme(): Theme {
  const saved = localStorage.getItem(KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme;
  localStorage.setItem(KEY, theme);
}

export function applyStoredTheme() {
  document.documentElement.dataset.theme = storedTheme();
}
