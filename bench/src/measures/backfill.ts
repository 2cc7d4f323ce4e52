/**
 * Backfill against the peer: graph-node (the subgraph) and Ponder (bench/peer/ponder) each index the same simulated
 * chain from block 0 to its head, alternately, `runs` times each; reports the median time, events/s and blocks/s,
 * peak memory, the ratio, and whether both produced the same totals.
 */
import { backfillChain, type Scale } from '../backfill/backfillChain';
import { countChainEvents } from '../backfill/chainEvents';
import { type BackfillRun, graphNodeBackfill } from '../backfill/graphNodeBackfill';
import { compareTotals } from '../backfill/indexerTotals';
import { ponderBackfill } from '../backfill/ponderBackfill';
import { median, round } from '../stats';

export interface IndexerBackfill {
  indexer: string;
  runs: number;
  medianSeconds: number;
  eventsPerSecond: number;
  blocksPerSecond: number;
  handledEvents: number;
  peakRssMiB: number;
}

export interface BackfillResult {
  date: string;
  scale: Scale;
  blocks: number;
  chainEvents: number;
  indexers: IndexerBackfill[];
  /** graph-node's median time over Ponder's. */
  ratio: number;
  totalsCompared: number;
  totalsDifferences: string[];
}

const TIMEOUT_MS = 3 * 60 * 60 * 1000;

export async function measureBackfill(scale: Scale, runs: number, log: (line: string) => void): Promise<BackfillResult> {
  const chain = await backfillChain(scale, log);
  try {
    const chainEvents = await countChainEvents(chain.market.public, chain.head);
    log(`backfill chain: ${chain.head} blocks, ${chainEvents} events`);
    const results: Record<'graph-node' | 'ponder', BackfillRun[]> = { 'graph-node': [], ponder: [] };
    for (let run = 1; run <= runs; run += 1) {
      for (const [indexer, backfill] of [
        ['graph-node', graphNodeBackfill],
        ['ponder', ponderBackfill],
      ] as const) {
        const result = await backfill(chain, TIMEOUT_MS);
        log(`  ${indexer} run ${run}/${runs}: ${round(result.seconds)} s, ${result.handled} events handled, peak ${result.peakRssMiB} MiB`);
        results[indexer].push(result);
      }
    }
    const summary = (indexer: 'graph-node' | 'ponder'): IndexerBackfill => {
      const seconds = median(results[indexer].map((r) => r.seconds));
      return {
        indexer,
        runs,
        medianSeconds: round(seconds),
        eventsPerSecond: Math.round(chainEvents / seconds),
        blocksPerSecond: Math.round(Number(chain.head) / seconds),
        handledEvents: results[indexer][0]!.handled,
        peakRssMiB: Math.max(...results[indexer].map((r) => r.peakRssMiB)),
      };
    };
    const indexers = [summary('graph-node'), summary('ponder')];
    const { compared, differences } = compareTotals(results['graph-node'][0]!.totals, results.ponder[0]!.totals);
    return {
      date: new Date().toISOString(),
      scale,
      blocks: Number(chain.head),
      chainEvents,
      indexers,
      ratio: round(indexers[0]!.medianSeconds / indexers[1]!.medianSeconds, 2),
      totalsCompared: compared,
      totalsDifferences: differences,
    };
  } finally {
    await chain.stop();
  }
}
