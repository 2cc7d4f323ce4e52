/** Builds the dashboard for one subgraph URL (the VITE_SUBGRAPH_URL setting) and serves it with `vite preview`. */
import { join } from 'node:path';

import { build, preview } from 'vite';

export async function serveDashboard(dashboardRoot: string, subgraphUrl: string, outDir: string, port: number) {
  process.env.VITE_SUBGRAPH_URL = subgraphUrl;
  await build({ root: dashboardRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ root: dashboardRoot, logLevel: 'warn', build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1' } });
  return { url: `http://127.0.0.1:${port}`, close: () => server.close(), outDir: join(outDir) };
}
