/** Light or dark: the reader's choice if they made one, else the system's. */
const KEY = 'modelmint-theme';

export type Theme = 'light' | 'dark';

export function currentTheme(): Theme {
  const stored = localStorage.getItem(KEY);
  if (stored === 'light' || stored === 'dark') return stored;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyStoredTheme(): void {
  document.documentElement.classList.toggle('dark', currentTheme() === 'dark');
}

export function setTheme(theme: Theme): void {
  localStorage.setItem(KEY, theme);
  applyStoredTheme();
}
