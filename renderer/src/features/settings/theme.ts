export type Theme = 'light' | 'dark';
const KEY = 'cg-theme';

/** The theme is a per-device display preference, so it lives beside the window, not in the agreements. */
export function storedTheme(): Theme {
  const saved = localStorage.getItem(KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const listeners = new Set<() => void>();

export function applyTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme;
  localStorage.setItem(KEY, theme);
  listeners.forEach((notify) => notify());
}

/** For useSyncExternalStore: every theme control on screen shows the same, current theme. */
export function subscribeTheme(notify: () => void): () => void {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

export const currentTheme = (): Theme => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

export function applyStoredTheme() {
  document.documentElement.dataset.theme = storedTheme();
}
