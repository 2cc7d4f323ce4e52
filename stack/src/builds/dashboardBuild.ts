/**
 * The dashboard, built for the local graph-node's URLs (VITE_SUBGRAPH_URL, and VITE_INDEX_STATUS_URL for its index-node
 * status, which tells the status bar the chain head); rebuilt only when its sources or the URLs changed since the last
 * build.
 */
import { join } from 'node:path';

import { contentHash } from './contentHash';
import { buildUnlessStamped } from './stampedBuild';

/** Builds the dashboard for `subgraphUrl` (and `statusUrl`) unless the last build was for the same URLs and sources. */
export function buildDashboard(repoRoot: string, subgraphUrl: string, statusUrl?: string): Promise<boolean> {
  const dashboard = join(repoRoot, 'dashboard');
  return buildUnlessStamped({
    repoRoot,
    workspace: 'dashboard',
    output: join(dashboard, 'dist', 'index.html'),
    // Beside the build it describes, so that every data directory (a --fresh start, a test's) shares one build.
    stampFile: join(dashboard, 'dist', '.build-inputs'),
    stamp: () =>
      `${subgraphUrl} ${statusUrl ?? ''} ${contentHash(dashboard, ['src', 'index.html', 'vite.config.ts', 'codegen.ts', 'package.json'], /\.generated\.ts$|generated\//)}`,
    env: { ...process.env, VITE_SUBGRAPH_URL: subgraphUrl, ...(statusUrl ? { VITE_INDEX_STATUS_URL: statusUrl } : {}) },
    reportsOn: 'stderr',
  });
}
