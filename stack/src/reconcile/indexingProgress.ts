import { setTimeout as sleep } from 'node:timers/promises';

import { querySubgraph, SubgraphError } from './subgraphQuery';

interface Meta {
  _meta: { block: { number: number }; hasIndexingErrors: boolean };
}

/** Waits until the subgraph has indexed `block`; fails at once on an indexing error. */
export async function waitForIndexedBlock(subgraphUrl: string, block: bigint, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let indexed = -1;
  while (Date.now() < deadline) {
    try {
      const { _meta } = await querySubgraph<Meta>(subgraphUrl, '{ _meta { block { number } hasIndexingErrors } }');
      if (_meta.hasIndexingErrors) throw new Error(`the subgraph failed at block ${_meta.block.number}: see graph-node's log`);
      indexed = _meta.block.number;
      if (BigInt(indexed) >= block) return;
    } catch (error) {
      if (!(error instanceof SubgraphError)) throw error;
    }
    await sleep(250);
  }
  throw new Error(`the subgraph reached block ${indexed} of ${block} within ${timeoutMs / 1000} s`);
}
