/**
 * Per-handler cost from graph-node's own debug log ("Done processing trigger" lines: handler, total_ms, gas_used),
 * heaviest first by median time.
 */
import { readFileSync } from 'node:fs';

import { median, percentile } from '../stats';

export interface HandlerCost {
  handler: string;
  triggers: number;
  medianMs: number;
  p95Ms: number;
  maxGas: string;
}

const UNITS: Record<string, number> = { '': 1, K: 1e3, M: 1e6, G: 1e9, T: 1e12 };

function fields(line: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of line.split(', ')) {
    const colon = part.indexOf(': ');
    if (colon > 0) out[part.slice(0, colon).trim()] = part.slice(colon + 2).trim();
  }
  return out;
}

export function measureHandlerCost(logFile: string): HandlerCost[] {
  const byHandler = new Map<string, { ms: number[]; gas: number[] }>();
  for (const line of readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.includes('Done processing trigger')) continue;
    const f = fields(line);
    if (!f.handler || f.total_ms === undefined) continue;
    const gas = /^([\d.]+)\s*([KMGT]?)/.exec(f.gas_used ?? '0');
    const entry = byHandler.get(f.handler) ?? { ms: [], gas: [] };
    entry.ms.push(Number(f.total_ms));
    entry.gas.push(gas ? Number(gas[1]) * UNITS[gas[2]!]! : 0);
    byHandler.set(f.handler, entry);
  }
  return [...byHandler.entries()]
    .map(([handler, { ms, gas }]) => ({
      handler,
      triggers: ms.length,
      medianMs: median(ms),
      p95Ms: percentile(ms, 95),
      maxGas: `${(Math.max(...gas) / 1e6).toFixed(0)}M`,
    }))
    .sort((a, b) => b.medianMs - a.medianMs || b.p95Ms - a.p95Ms);
}
