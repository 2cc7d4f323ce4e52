import { setTimeout as sleep } from 'node:timers/promises';

import type { PublicClient } from 'viem';

import { SUBGRAPH_NAME } from '../processes/subgraphDeployment';
import { querySubgraph, SubgraphError } from '../reconcile/subgraphQuery';

interface Statuses {
  indexingStatuses: { fatalError: { message: string } | null }[];
}

export interface IndexingEndpoints {
  statusUrl: string;
  metricsUrl: string;
  /** graph-node's deployment id (the manifest path under gnd dev), as its metrics label it. */
  deployment: string;
}

/** graph-node's `deployment_head` gauge: the block it has processed. The subgraph's `_meta` and the status API only
 * move when graph-node flushes its write batch, every few minutes while catching up. */
export function deploymentHead(metrics: string, deployment: string): number {
  const line = metrics.split('\n').find((l) => l.startsWith('deployment_head{') && l.includes(`deployment="${deployment}"`));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

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

/** Reports graph-node's progress towards the chain head every few seconds (block / head, blocks per second, ETA)
 * until it reaches the head as it was when called. */
export async function followIndexing(node: IndexingEndpoints, chain: PublicClient, report: (line: string) => void) {
  const head = Number(await chain.getBlockNumber());
  const started = Date.now();
  let first: number | undefined;
  for (;;) {
    let indexed = 0;
    try {
      indexed = await processedBlock(node);
    } catch (error) {
      if (!(error instanceof SubgraphError) && !(error instanceof TypeError)) throw error;
    }
    first ??= indexed;
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? (indexed - first) / seconds : 0;
    const eta = rate > 0 ? `, ETA ${Math.ceil((head - indexed) / rate)} s` : '';
    if (indexed >= head) return;
    report(`graph-node: block ${indexed} / ${head} (${rate.toFixed(0)} blocks/s${eta})`);
    await sleep(3_000);
  }
}
