/**
 * Builds the dashboard for one subgraph URL and its graph-node's index-node status URL (the VITE_SUBGRAPH_URL and
 * VITE_INDEX_STATUS_URL settings, as npm start passes them) and serves it with `vite preview`.
 */
import { join } from 'node:path';

import { build, preview } from 'vite';

export async function serveDashboard(
  dashboardRoot: string,
  urls: { subgraphUrl: string; statusUrl: string },
  outDir: string,
  port: number,
) {
  process.env.VITE_SUBGRAPH_URL = urls.subgraphUrl;
  process.env.VITE_INDEX_STATUS_URL = urls.statusUrl;
  await build({ root: dashboardRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root: dashboardRoot,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return { url: `http://127.0.0.1:${port}`, close: () => server.close(), outDir: join(outDir) };
}
