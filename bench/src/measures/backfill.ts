/**
 * Backfill of one simulated chain from block 0 to its head by three indexers, alternately, `runs` times each: the
 * graph-node floor (the manifest with handlers that return at once), the subgraph, and Ponder (bench/peer/ponder)
 * computing the same entities. Reports the median time, events/s, peak memory and CPU per indexer, the ratios of the
 * subgraph to the floor and to Ponder, and whether the subgraph and Ponder produced the same totals.
 *
 * A run that fails (an indexer exits, times out, or its totals differ) ends the measure: what was measured is kept
 * and `failure` says in one line which indexer and which total.
 */
import { join, resolve } from 'node:path';

import { buildSubgraph } from '@modelmint/stack/builds';
import { type BackfillChain, backfillChain, type Scale } from '../backfill/backfillChain';
import { countChainEvents } from '../backfill/chainEvents';
import { buildFloor } from '../backfill/floorBuild';
import { type BackfillRun, describeRun, graphNodeBackfill } from '../backfill/graphNodeBackfill';
import { compareTotals } from '../backfill/indexerTotals';
import { ponderBackfill } from '../backfill/ponderBackfill';
import type { StoreReads } from '../backfill/storeReads';
import { median, round } from '../stats';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');

export const INDEXERS = ['graph-node floor', 'subgraph', 'ponder'] as const;
export type Indexer = (typeof INDEXERS)[number];

export interface IndexerBackfill {
  indexer: Indexer;
  runs: number;
  medianSeconds: number;
  eventsPerSecond: number;
  handledEvents: number;
  peakRssMiB: number;
  /** Median CPU seconds of the indexer's process tree, and of its PostgreSQL where it has one. */
  indexerCpuSeconds: number;
  databaseCpuSeconds?: number;
  /** PostgreSQL's database at the head (graph-node only). */
  databaseMiB?: number;
}

export interface BackfillResult {
  date: string;
  scale: Scale;
  blocks: number;
  chainEvents: number;
  indexers: IndexerBackfill[];
  /** The subgraph's median time over the floor's and over Ponder's. */
  subgraphVsFloor?: number;
  subgraphVsPonder?: number;
  totalsCompared: number;
  totalsDifferences: string[];
  /** The subgraph's first run: its entity loads and the database reads they caused. */
  subgraphStoreReads?: StoreReads;
  /** One line: which indexer failed and how, or which total differed. */
  failure?: string;
}

const TIMEOUT_MS = 3 * 60 * 60 * 1000;

export interface BackfillOptions {
  runs: number;
  /** Names the chain in the files kept under bench/.cache/metrics. */
  label: string;
  /** Measures taken on the subgraph once its first run has indexed the head, before graph-node stops. */
  onIndexedSubgraph?: (subgraphUrl: string) => Promise<void>;
}

export async function measureBackfill(scale: Scale, options: BackfillOptions, log: (line: string) => void): Promise<BackfillResult> {
  const { runs } = options;
  await buildSubgraph(repoRoot);
  const builds = { floor: await buildFloor(log), subgraph: join(repoRoot, 'build') };
  const metricsFile = (indexer: string) => join(repoRoot, 'bench', '.cache', 'metrics', `${options.label}-${indexer}.prom`);
  let pending = options.onIndexedSubgraph;
  const backfills: Record<Indexer, (chain: BackfillChain) => Promise<BackfillRun>> = {
    'graph-node floor': (chain) =>
      graphNodeBackfill(chain, { dir: builds.floor, totals: false, metricsFile: metricsFile('floor') }, TIMEOUT_MS),
    subgraph: (chain) => {
      const whileIndexed = pending;
      pending = undefined;
      return graphNodeBackfill(
        chain,
        { dir: builds.subgraph, totals: true, metricsFile: metricsFile('subgraph'), whileIndexed },
        TIMEOUT_MS,
      );
    },
    ponder: (chain) => ponderBackfill(chain, TIMEOUT_MS),
  };
  const chain = await backfillChain(scale, log);
  try {
    const chainEvents = await countChainEvents(chain.market.public, chain.head);
    log(`backfill chain: ${chain.head} blocks, ${chainEvents} events`);
    const results: Record<Indexer, BackfillRun[]> = { 'graph-node floor': [], subgraph: [], ponder: [] };
    let failure: string | undefined;
    measuring: for (let run = 1; run <= runs; run += 1) {
      for (const indexer of INDEXERS) {
        try {
          const result = await backfills[indexer](chain);
          log(`  ${indexer} run ${run}/${runs}: ${describeRun(result)}`);
          results[indexer].push(result);
        } catch (error) {
          failure = `${indexer} run ${run}/${runs} failed: ${error instanceof Error ? error.message : String(error)}`;
          break measuring;
        }
      }
    }
    const indexers = INDEXERS.filter((indexer) => results[indexer].length).map((indexer) =>
      summary(indexer, results[indexer], chainEvents),
    );
    const seconds = (indexer: Indexer) => indexers.find((i) => i.indexer === indexer)?.medianSeconds;
    const ratio = (a?: number, b?: number) => (a && b ? round(a / b, 2) : undefined);
    const subgraphTotals = results.subgraph[0]?.totals;
    const ponderTotals = results.ponder[0]?.totals;
    const { compared, differences } =
      subgraphTotals && ponderTotals ? compareTotals(subgraphTotals, ponderTotals) : { compared: 0, differences: [] };
    if (!failure && differences.length)
      failure = `the subgraph's and Ponder's totals differ in ${differences.length} of ${compared} values, first ${differences[0]}`;
    return {
      date: new Date().toISOString(),
      scale,
      blocks: Number(chain.head),
      chainEvents,
      indexers,
      subgraphVsFloor: ratio(seconds('subgraph'), seconds('graph-node floor')),
      subgraphVsPonder: ratio(seconds('subgraph'), seconds('ponder')),
      totalsCompared: compared,
      totalsDifferences: differences,
      subgraphStoreReads: results.subgraph[0]?.storeReads,
      ...(failure ? { failure } : {}),
    };
  } finally {
    await chain.stop();
  }
}

function summary(indexer: Indexer, runs: BackfillRun[], chainEvents: number): IndexerBackfill {
  const seconds = median(runs.map((r) => r.seconds));
  const database = runs.map((r) => r.cpuSeconds.database).filter((s) => s !== undefined);
  return {
    indexer,
    runs: runs.length,
    medianSeconds: round(seconds),
    eventsPerSecond: Math.round(chainEvents / seconds),
    handledEvents: runs[0]!.handled,
    peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)),
    indexerCpuSeconds: round(median(runs.map((r) => r.cpuSeconds.indexer))),
    ...(database.length ? { databaseCpuSeconds: round(median(database)) } : {}),
    ...(runs[0]!.databaseBytes === undefined ? {} : { databaseMiB: round(runs[0]!.databaseBytes / 1024 ** 2) }),
  };
}
