/**
 * Fault drills on the real stack, each ending with the subgraph reconciled against the chain (zero differences):
 * graph-node killed with kill -9 mid-backfill, PostgreSQL killed with kill -9, the RPC down for a while (anvil
 * stopped and restarted from its state file), a reorg of depth 3, 50 malformed or abusive GraphQL queries, and
 * queries over each of graph-node's query limits while a dashboard query keeps being answered.
 * `npm run drills` runs the long form (a 30 s outage); npm test the short one (DRILL_OUTAGE_SECONDS, default 5).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, test } from 'node:test';

import { createTestClient, http } from 'viem';
import { foundry } from 'viem/chains';

import { anvilAccount } from '../src/chain/accounts';
import { deployContracts } from '../src/chain/deploy';
import { ANVIL_FIXED_FIELDS, MarketClient } from '../src/market/marketClient';
import type { GraphNode } from '../src/processes/graphNode';
import { processedBlock, waitForIndexedBlock } from '../src/indexing/indexingProgress';
import { reconcile } from '../src/reconcile/reconcile';
import { querySubgraph } from '../src/indexing/subgraphQuery';
import { GRAPHQL_QUERY_LIMITS } from '../src/processes/graphNodeQueryLimits';
import { simulateMarket } from '../src/simulator/simulate';
import { abusiveQueries } from './drills/abusiveQueries';
import { CHEAP_ALIAS_FLOOD, overLimitQueries } from './drills/overLimitQueries';
import { LocalStack } from '../src/testing/localStack';
import { DAY_SECONDS, PROTOCOL_ID } from '@modelmint/subgraph/api';

const outageSeconds = Number(process.env.DRILL_OUTAGE_SECONDS ?? 5);
let stack: LocalStack;
let graphNode: GraphNode;
let market: MarketClient;
let failed = false;

/** Indexes to the chain head, then compares every aggregate with the contracts: the drill passes with zero differences. */
async function assertReconciled(what: string) {
  const head = await market.public.getBlockNumber();
  await waitForIndexedBlock(graphNode.subgraphUrl, head, 300_000);
  const { checked, differences } = await reconcile(market, graphNode.subgraphUrl, head);
  assert.ok(checked > 200, `${what}: only ${checked} values compared`);
  assert.deepEqual(differences, [], `${what}: the subgraph differs from the chain`);
}

function drill(name: string, body: () => Promise<void>) {
  test(name, { timeout: 600_000 }, async () => {
    try {
      await body();
    } catch (error) {
      failed = true;
      throw error;
    }
  });
}

before(async () => {
  stack = await LocalStack.start('drills', {
    accounts: 30,
    genesisTimestamp: Math.floor(Date.now() / 1000) - 8 * DAY_SECONDS,
    persistent: true,
  });
  market = new MarketClient(stack.anvil.rpcUrl, await deployContracts(stack.anvil.rpcUrl, 'localhost', 31337), ANVIL_FIXED_FIELDS);
  await simulateMarket(market, stack.ipfs, { days: 6, models: 8, accounts: 24, seed: 11 });
});

after(() => stack?.stop(failed || Boolean(process.env.E2E_KEEP)));

drill('kill -9 graph-node mid-backfill, restart: the index resumes and equals the chain', async () => {
  graphNode = await stack.startIndexer();
  const head = Number(await market.public.getBlockNumber());
  while ((await processedBlock(graphNode).catch(() => 0)) < head / 3) await sleep(50);
  const killedAt = await processedBlock(graphNode);
  graphNode.child.process.kill('SIGKILL');
  await graphNode.child.exited;
  assert.ok(killedAt < head, `graph-node had already reached the head (${killedAt}) before it was killed`);
  graphNode = await stack.startIndexer();
  await assertReconciled('after kill -9 of graph-node');
});

drill('kill -9 PostgreSQL, restart it: graph-node recovers and the index equals the chain', async () => {
  const pid = Number(readFileSync(join(stack.workDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  process.kill(pid, 'SIGKILL');
  await sleep(2_000);
  // New activity while the database is down: graph-node must index it once PostgreSQL is back.
  await market.purchase(anvilAccount(3), 1n);
  await stack.startPostgres();
  const head = await market.public.getBlockNumber();
  const recovered = await waitForIndexedBlock(graphNode.subgraphUrl, head, 30_000).then(
    () => true,
    () => false,
  );
  if (!recovered) {
    // Seen with graph-node 0.45: its block ingestor reconnects, but the subgraph's block stream stays at the block it
    // had before the outage. Restarting graph-node (what npm start does after a component dies) resumes it.
    console.log('graph-node did not resume on its own after PostgreSQL came back: restarting it');
    await graphNode.stop();
    graphNode = await stack.startIndexer();
  }
  await assertReconciled('after kill -9 of PostgreSQL');
});

drill(`RPC outage: anvil down ${outageSeconds} s, restarted from its state: graph-node continues`, async () => {
  const before = await market.public.getBlockNumber();
  await stack.anvil.stop();
  await sleep(outageSeconds * 1_000);
  await stack.startChain();
  assert.equal(await market.public.getBlockNumber(), before, 'anvil restored its chain from the state file');
  await market.purchase(anvilAccount(4), 1n);
  await assertReconciled('after the RPC outage');
});

drill('a reorg of depth 3: the subgraph ends equal to the new chain', async () => {
  const testClient = createTestClient({ chain: foundry, mode: 'anvil', transport: http(stack.anvil.rpcUrl) });
  const fork = await market.public.getBlockNumber();
  await waitForIndexedBlock(graphNode.subgraphUrl, fork, 120_000);
  const snapshot = await testClient.snapshot();
  for (const account of [5, 6, 7]) await market.purchase(anvilAccount(account), 1n);
  const abandoned = await market.public.getBlockNumber();
  assert.equal(abandoned, fork + 3n);
  await waitForIndexedBlock(graphNode.subgraphUrl, abandoned, 120_000);
  const { licenseCount: onAbandoned } = (
    await querySubgraph<{ protocol: { licenseCount: number } }>(
      graphNode.subgraphUrl,
      `{ protocol(id: "${PROTOCOL_ID}") { licenseCount } }`,
    )
  ).protocol;

  await testClient.revert({ id: snapshot });
  // The new branch: four blocks with other transactions (one purchase, then empty blocks), so it is the longer chain.
  await market.purchase(anvilAccount(8), 1n);
  await testClient.mine({ blocks: 3 });
  await assertReconciled('after a reorg of depth 3');
  const { licenseCount } = (
    await querySubgraph<{ protocol: { licenseCount: number } }>(
      graphNode.subgraphUrl,
      `{ protocol(id: "${PROTOCOL_ID}") { licenseCount } }`,
    )
  ).protocol;
  assert.equal(licenseCount, onAbandoned - 2, 'the three abandoned purchases are gone and the new one counts');
});

drill('50 malformed or abusive GraphQL queries: each refused (or answered as recorded), the service unaffected', async () => {
  const healthy = `{ _meta { block { number } } protocol(id: "${PROTOCOL_ID}") { paymentCount payoutCount } }`;
  const baseline = await querySubgraph(graphNode.subgraphUrl, healthy);
  const queries = abusiveQueries();
  assert.equal(queries.length, 50);
  const outcomes = new Map<string, number>();
  for (const { name, body, contentType, expect } of queries) {
    const outcome = await fetch(graphNode.subgraphUrl, { method: 'POST', headers: { 'content-type': contentType }, body }).then(
      async (response) => {
        assert.ok(response.status < 500, `${name}: graph-node answered ${response.status}`);
        return /"errors?"/.test(await response.text()) ? 'error' : 'lenient';
      },
      () => 'dropped',
    );
    assert.equal(outcome, expect, `${name}: expected ${expect}, got ${outcome}`);
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  }
  console.log(`abusive queries: ${[...outcomes].map(([outcome, n]) => `${n} ${outcome}`).join(', ')}`);
  assert.equal(graphNode.child.process.exitCode, null, 'graph-node is still running');
  assert.deepEqual(await querySubgraph(graphNode.subgraphUrl, healthy), baseline, 'the same query answers the same after the abuse');
  await assertReconciled('after abusive queries');
});

drill("queries over graph-node's limits are refused before the query timeout, while a dashboard query keeps being answered", async () => {
  const dashboardQuery = `{ protocol(id: "${PROTOCOL_ID}") { paymentCount } models(first: 40, orderBy: tokenId) { id name paymentCount licensesSold } }`;
  const expected = JSON.stringify(await querySubgraph(graphNode.subgraphUrl, dashboardQuery));
  const answers: string[] = [];
  let abusing = true;
  const dashboard = (async () => {
    while (abusing) {
      answers.push(JSON.stringify(await querySubgraph(graphNode.subgraphUrl, dashboardQuery)));
      await sleep(50);
    }
  })();
  const post = async (query: string) => {
    const started = performance.now();
    const response = await fetch(graphNode.subgraphUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return {
      body: (await response.json()) as { data?: unknown; errors?: { message: string }[] },
      seconds: (performance.now() - started) / 1000,
    };
  };
  try {
    for (const { name, query, refusal } of overLimitQueries()) {
      const { body, seconds } = await post(query);
      const message = body.errors?.map((error) => error.message).join('; ') ?? '';
      assert.equal(body.data, undefined, `${name}: graph-node answered it`);
      assert.match(message, refusal, `${name}: refused for another reason`);
      assert.ok(seconds < GRAPHQL_QUERY_LIMITS.GRAPH_GRAPHQL_QUERY_TIMEOUT, `${name}: refused only after ${seconds.toFixed(1)} s`);
      console.log(`${name} (${(query.length / 1e6).toFixed(2)} MB): refused in ${(seconds * 1000).toFixed(0)} ms: ${message.slice(0, 90)}`);
    }
    const flood = await post(CHEAP_ALIAS_FLOOD);
    assert.ok(flood.body.data, 'the cheap alias flood, within every limit, is answered');
    console.log(`cheap alias flood (${(CHEAP_ALIAS_FLOOD.length / 1e6).toFixed(2)} MB): answered in ${flood.seconds.toFixed(1)} s`);
  } finally {
    abusing = false;
    await dashboard;
  }
  assert.ok(answers.length >= 3, `the dashboard query was answered only ${answers.length} times`);
  assert.ok(
    answers.every((answer) => answer === expected),
    'the dashboard query answered something else while graph-node was abused',
  );
  assert.equal(graphNode.child.process.exitCode, null, 'graph-node is still running');
});
