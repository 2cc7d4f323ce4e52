import { setTimeout as sleep } from 'node:timers/promises';

import type { PublicClient } from 'viem';

import { querySubgraph, SubgraphError } from '../reconcile/subgraphQuery';

interface Statuses {
  indexingStatuses: {
    health: string;
    fatalError: { message: string } | null;
    chains: { latestBlock: { number: string } | null }[];
  }[];
}

/** The block graph-node has processed, from its index-node status API (the subgraph's own `_meta` only moves when
 * graph-node flushes its write batch, every few minutes while catching up). */
export async function processedBlock(statusUrl: string): Promise<number> {
  const { indexingStatuses } = await querySubgraph<Statuses>(
    statusUrl,
    '{ indexingStatuses { health fatalError { message } chains { latestBlock { number } } } }',
  );
  const status = indexingStatuses[0];
  if (!status) return 0;
  if (status.fatalError) throw new Error(`the subgraph failed: ${status.fatalError.message} (see .data/logs/graph-node.log)`);
  return Number(status.chains[0]?.latestBlock?.number ?? 0);
}

/** Reports graph-node's progress towards the chain head every few seconds (block / head, blocks per second, ETA)
 * until it reaches the head as it was when called. */
export async function followIndexing(statusUrl: string, chain: PublicClient, report: (line: string) => void) {
  const head = Number(await chain.getBlockNumber());
  const started = Date.now();
  let first: number | undefined;
  for (;;) {
    let indexed = 0;
    try {
      indexed = await processedBlock(statusUrl);
    } catch (error) {
      if (!(error instanceof SubgraphError)) throw error;
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
