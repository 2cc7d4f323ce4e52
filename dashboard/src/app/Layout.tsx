import { NavLink, Outlet, useNavigation } from 'react-router';

import { PageSkeleton } from '../components/Skeleton';
import { AddressSearch } from './AddressSearch';
import { SyncStatus } from './SyncStatus';
import { ThemeToggle } from './ThemeToggle';

const NAV = [
  { to: '/', label: 'Overview', end: true },
  { to: '/models', label: 'Models', end: false },
  { to: '/audit', label: 'DAO audit', end: false },
];

/** The frame of every page: header, navigation, sync status; `loading` shows a skeleton in place of the page. */
export function Layout({ loading = false }: { loading?: boolean }) {
  // A page whose loader awaits its data (a model page) keeps the last page on screen meanwhile: this bar says so.
  const navigating = useNavigation().state !== 'idle';
  return (
    <div className="min-h-screen">
      {navigating && (
        <div role="progressbar" aria-label="Loading page" className="fixed inset-x-0 top-0 z-10 h-0.5 animate-pulse bg-indigo-600" />
      )}
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2 focus:text-slate-900"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <NavLink to="/" className="text-lg font-bold tracking-tight text-indigo-700 dark:text-indigo-300">
            ModelMint
          </NavLink>
          <nav aria-label="Main" className="flex gap-4 text-sm">
            {NAV.map((item) => (
              <NavLink
                key={item.to}
                to={item.to}
                end={item.end}
                className={({ isActive }) =>
                  `rounded px-1 py-0.5 ${isActive ? 'font-semibold text-indigo-700 underline underline-offset-4 dark:text-indigo-300' : 'text-slate-700 hover:text-slate-950 dark:text-slate-300 dark:hover:text-white'}`
                }
              >
                {item.label}
              </NavLink>
            ))}
          </nav>
          <div className="ml-auto flex flex-wrap items-center gap-3">
            <AddressSearch />
            <ThemeToggle />
          </div>
        </div>
        <SyncStatus />
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {loading ? <PageSkeleton /> : <Outlet />}
      </main>
    </div>
  );
}
