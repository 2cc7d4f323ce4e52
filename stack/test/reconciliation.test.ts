/**
 * End to end on real parts: deploys the contracts on anvil, performs every market action, indexes the chain with
 * graph-node (gnd dev, embedded PostgreSQL) running the compiled mappings, then checks that every aggregate the
 * subgraph holds equals what the contracts say at the same block.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';

import { deployContracts } from '../src/chain/deploy';
import { MarketClient } from '../src/market/marketClient';
import { reconcile } from '../src/reconcile/reconcile';
import { waitForIndexedBlock } from '../src/indexing/indexingProgress';
import { runEveryAction } from './scenarios/everyAction';
import { LocalStack } from '../src/testing/localStack';

const repoRoot = resolve(import.meta.dirname, '..', '..');

let stack: LocalStack;
let passed = false;

before(async () => {
  assert.ok(existsSync(join(repoRoot, 'build', 'subgraph.yaml')), 'build/ is missing: run `npm run build -w subgraph` first');
  stack = await LocalStack.start('e2e');
});

// Logs of every process stay for inspection when the test fails or E2E_KEEP is set.
after(() => stack?.stop(!passed || Boolean(process.env.E2E_KEEP)));

test('the subgraph equals the contracts after every market action', { timeout: 600_000 }, async () => {
  const deployment = await deployContracts(stack.anvil.rpcUrl, 'localhost', 31337);
  const market = new MarketClient(stack.anvil.rpcUrl, deployment);
  await runEveryAction(market);
  const head = await market.public.getBlockNumber();

  const started = Date.now();
  const graphNode = await stack.startIndexer();
  await waitForIndexedBlock(graphNode.subgraphUrl, head, 300_000);
  console.log(`indexed ${head} blocks in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const { checked, differences } = await reconcile(market, graphNode.subgraphUrl, head);
  console.log(`compared ${checked} values`);
  // Every entity kind the scenario creates is compared: an index that lost entities cannot pass by having fewer.
  assert.ok(checked >= 80, `only ${checked} values were compared`);
  passed = differences.length === 0 && checked >= 80;
  assert.deepEqual(
    differences,
    [],
    `subgraph and chain differ:\n${differences.map((d) => `${d.what}: subgraph ${d.subgraph}, chain ${d.chain}`).join('\n')}`,
  );
});
