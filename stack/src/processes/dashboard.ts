/**
 * The dashboard, built for the local graph-node's URLs (VITE_SUBGRAPH_URL, and VITE_INDEX_STATUS_URL for its index-node
 * status, which tells the status bar the chain head) and served by `vite preview`.
 * It is rebuilt only when its sources or the URLs changed since the last build.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { contentHash } from './contentHash';
import { type Child, startChild, waitUntil } from './child';
import { buildUnlessStamped } from './stampedBuild';

export interface Dashboard {
  url: string;
  child: Child;
  stop(): Promise<void>;
}

/** Builds the dashboard for `subgraphUrl` (and `statusUrl`) unless the last build was for the same URLs and sources. */
export function buildDashboard(repoRoot: string, subgraphUrl: string, statusUrl?: string): Promise<boolean> {
  const dashboard = join(repoRoot, 'dashboard');
  return buildUnlessStamped({
    repoRoot,
    workspace: 'dashboard',
    output: join(dashboard, 'dist', 'index.html'),
    // Beside the build it describes, so that every data directory (a --fresh start, a test's) shares one build.
    stampFile: join(dashboard, 'dist', '.build-inputs'),
    stamp: () => `${subgraphUrl} ${statusUrl ?? ''} ${contentHash(dashboard, ['src', 'index.html', 'vite.config.ts', 'codegen.ts', 'package.json'], /\.generated\.ts$|generated\//)}`,
    env: { ...process.env, VITE_SUBGRAPH_URL: subgraphUrl, ...(statusUrl ? { VITE_INDEX_STATUS_URL: statusUrl } : {}) },
    reportsOn: 'stderr',
  });
}

/** Serves the built dashboard (see buildDashboard) with `vite preview`. */
export async function startDashboard(options: { repoRoot: string; port: number; logFile: string }): Promise<Dashboard> {
  const vite = join(dirname(createRequire(join(options.repoRoot, 'dashboard', 'package.json')).resolve('vite/package.json')), 'bin', 'vite.js');
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
