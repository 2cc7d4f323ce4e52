/**
 * The dashboard as built by builds/dashboardBuild.ts, served by `vite preview`.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { type Child, startChild, waitUntil } from './child';

export interface Dashboard {
  url: string;
  child: Child;
  stop(): Promise<void>;
}

/** Serves the built dashboard (see buildDashboard) with `vite preview`. */
export async function startDashboard(options: { repoRoot: string; port: number; logFile: string }): Promise<Dashboard> {
  const vite = join(
    dirname(createRequire(join(options.repoRoot, 'dashboard', 'package.json')).resolve('vite/package.json')),
    'bin',
    'vite.js',
  );
  const child = startChild(
    'dashboard',
    process.execPath,
    [vite, 'preview', join(options.repoRoot, 'dashboard'), '--port', String(options.port), '--strictPort', '--host', '127.0.0.1'],
    options.logFile,
  );
  const url = `http://127.0.0.1:${options.port}/`;
  await waitUntil(child, `serving ${url}`, async () => (await fetch(url)).ok, 30_000);
  return { url, child, stop: () => child.stop('SIGTERM', 3_000) };
}
