/**
 * JavaScript a browser downloads before a route can render, gzipped: the entry chunk, the route's own chunk and
 * everything they import statically (Vite's build manifest). Charts are dynamic imports and load after first paint.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface RouteBundle {
  route: string;
  initialJsGzipBytes: number;
  chunks: number;
}

const ROUTES: Record<string, string> = {
  '/ (overview)': 'src/pages/overview/OverviewPage.tsx',
  '/models': 'src/pages/models/ModelsPage.tsx',
  '/models/:id': 'src/pages/model/ModelPage.tsx',
  '/creators/:address': 'src/pages/creator/CreatorPage.tsx',
  '/portfolio/:address': 'src/pages/portfolio/PortfolioPage.tsx',
  '/audit': 'src/pages/audit/AuditPage.tsx',
};

export function measureBundles(distDir: string): RouteBundle[] {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
  const closure = (keys: string[], seen = new Set<string>()): Set<string> => {
    for (const key of keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      closure(manifest[key]!.imports ?? [], seen);
    }
    return seen;
  };
  return Object.entries(ROUTES).map(([route, page]) => {
    const chunks = closure([entryKey, page]);
    const bytes = [...chunks].reduce((sum, key) => sum + gzipSync(readFileSync(join(distDir, manifest[key]!.file))).length, 0);
    return { route, initialJsGzipBytes: bytes, chunks: chunks.size };
  });
}
