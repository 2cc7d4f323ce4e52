import { useState } from 'react';

import { currentTheme, setTheme, type Theme } from './theme';

export function ThemeToggle() {
  const [theme, setState] = useState<Theme>(currentTheme);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      onClick={() => {
        setTheme(next);
        setState(next);
      }}
      aria-label={`Switch to ${next} theme`}
      className="rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-700"
    >
      {theme === 'dark' ? '☀' : '☾'}
    </button>
  );
}
