/**
 * How far graph-node has indexed the subgraph, and the one wait for it: until the subgraph answers queries at a block,
 * reporting progress on the way when asked.
 */
import { setTimeout as sleep } from 'node:timers/promises';

import { SUBGRAPH_NAME } from '../processes/localEndpoints';
import { metricValue } from './graphNodeMetrics';
import { querySubgraph, SubgraphError } from './subgraphQuery';

interface Statuses {
  indexingStatuses: { fatalError: { message: string } | null }[];
}

interface Meta {
  _meta: { block: { number: number }; hasIndexingErrors: boolean };
}

export interface IndexingEndpoints {
  statusUrl: string;
  metricsUrl: string;
  /** graph-node's deployment id (the manifest path under gnd dev), as its metrics label it. */
  deployment: string;
}

export interface ProgressReport {
  node: IndexingEndpoints;
  report: (line: string) => void;
}

const REPORT_EVERY_MS = 3_000;

/**
 * graph-node's `deployment_head` gauge: the block it has processed. The subgraph's `_meta` and the status API only
 * move when graph-node flushes its write batch, every few minutes while catching up.
 */
export function deploymentHead(metrics: string, deployment: string): number {
  return metricValue(metrics, 'deployment_head', { deployment });
}

/** The block graph-node has processed (ahead of what queries see); fails with graph-node's message on a fatal error. */
export async function processedBlock(node: IndexingEndpoints): Promise<number> {
  const { indexingStatuses } = await querySubgraph<Statuses>(
    node.statusUrl,
    `{ indexingStatuses: indexingStatusesForSubgraphName(subgraphName: "${SUBGRAPH_NAME}") { fatalError { message } } }`,
  );
  const fatal = indexingStatuses[0]?.fatalError;
  if (fatal) throw new Error(`the subgraph failed: ${fatal.message} (see .data/logs/graph-node.log)`);
  const metrics = await fetch(node.metricsUrl).then((response) => response.text());
  return deploymentHead(metrics, node.deployment);
}

/**
 * Waits until the subgraph answers queries at `block` or later; fails at once on an indexing error. With `progress`,
 * reports every few seconds the block graph-node has processed, its rate and the time left.
 */
export async function waitForIndexedBlock(subgraphUrl: string, block: bigint, timeoutMs: number, progress?: ProgressReport): Promise<void> {
  const started = Date.now();
  const rate = progress && progressRate(Number(block), started);
  let lastReport = started;
  let indexed = -1;
  while (Date.now() - started < timeoutMs) {
    try {
      const { _meta } = await querySubgraph<Meta>(subgraphUrl, '{ _meta { block { number } hasIndexingErrors } }');
      if (_meta.hasIndexingErrors) throw new Error(`the subgraph failed at block ${_meta.block.number}: see graph-node's log`);
      indexed = _meta.block.number;
      if (BigInt(indexed) >= block) return;
      if (progress && rate && Date.now() - lastReport >= REPORT_EVERY_MS) {
        lastReport = Date.now();
        progress.report(rate(await processedBlock(progress.node)));
      }
    } catch (error) {
      if (!(error instanceof SubgraphError) && !(error instanceof TypeError)) throw error;
    }
    await sleep(250);
  }
  throw new Error(`the subgraph reached block ${indexed} of ${block} within ${timeoutMs / 1000} s`);
}

/** Formats progress towards `head`: block / head, blocks per second since the first reading, and the time left. */
function progressRate(head: number, started: number): (processed: number) => string {
  let first: number | undefined;
  return (processed) => {
    first ??= processed;
    const seconds = (Date.now() - started) / 1000;
    const perSecond = seconds > 0 ? (processed - first) / seconds : 0;
    const eta = perSecond > 0 ? `, ETA ${Math.ceil((head - processed) / perSecond)} s` : '';
    return `graph-node: block ${processed} / ${head} (${perSecond.toFixed(0)} blocks/s${eta})`;
  };
}
