/**
 * End to end on real parts: deploys the contracts on anvil, performs every market action, indexes the chain with
 * graph-node (gnd dev, embedded PostgreSQL) running the compiled mappings, then checks that every aggregate the
 * subgraph holds equals what the contracts say at the same block.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';

import { deployContracts } from '../src/chain/deploy';
import { MarketClient } from '../src/market/marketClient';
import { startAnvil, type Anvil } from '../src/processes/anvil';
import { freePort } from '../src/processes/freePort';
import { startGraphNode, type GraphNode } from '../src/processes/graphNode';
import { type IpfsNode, startIpfs } from '../src/processes/ipfs';
import { type RunningPostgres, startPostgres } from '../src/processes/postgres';
import { reconcile } from '../src/reconcile/reconcile';
import { waitForIndexedBlock } from '../src/reconcile/indexingProgress';
import { runEveryAction } from './scenarios/everyAction';

const repoRoot = resolve(import.meta.dirname, '..', '..');

let workDir: string;
let postgres: RunningPostgres;
let ipfs: IpfsNode;
let anvil: Anvil;
let graphNode: GraphNode;
let passed = false;

before(async () => {
  assert.ok(existsSync(join(repoRoot, 'build', 'subgraph.yaml')), 'build/ is missing: run `npm run build -w subgraph` first');
  workDir = mkdtempSync(join(tmpdir(), 'modelmint-e2e-'));
  chmodSync(workDir, 0o755);
  postgres = await startPostgres(join(workDir, 'postgres'), await freePort());
  await postgres.exec(`CREATE DATABASE graph ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0`);
  ipfs = await startIpfs(join(workDir, 'ipfs'), await freePort());
  anvil = await startAnvil({ port: await freePort(), logFile: join(workDir, 'anvil.log') });
});

after(async () => {
  await graphNode?.stop();
  await anvil?.stop();
  await ipfs?.stop();
  await postgres?.stop();
  // Logs of every process stay for inspection when the test fails or E2E_KEEP is set.
  if (passed && !process.env.E2E_KEEP) rmSync(workDir, { recursive: true, force: true });
  else console.log(`logs and data kept in ${workDir}`);
});

test('the subgraph equals the contracts after every market action', { timeout: 600_000 }, async () => {
  const deployment = await deployContracts(anvil.rpcUrl, 'localhost', 31337);
  const market = new MarketClient(anvil.rpcUrl, deployment);
  await runEveryAction(market);
  const head = await market.public.getBlockNumber();

  const started = Date.now();
  graphNode = await startGraphNode({
    buildDir: join(repoRoot, 'build'),
    deploymentsDir: join(workDir, 'subgraphs'),
    network: 'localhost',
    rpcUrl: anvil.rpcUrl,
    ipfsUrl: ipfs.url,
    postgresUrl: postgres.urlOf('graph'),
    ports: { http: await freePort(), admin: await freePort(), indexNode: await freePort(), metrics: await freePort() },
    logFile: join(workDir, 'graph-node.log'),
  });
  await waitForIndexedBlock(graphNode.subgraphUrl, head, 300_000);
  console.log(`indexed ${head} blocks in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const { checked, differences } = await reconcile(market, graphNode.subgraphUrl, head);
  console.log(`compared ${checked} values`);
  // Every entity kind the scenario creates is compared: an index that lost entities cannot pass by having fewer.
  assert.ok(checked >= 80, `only ${checked} values were compared`);
  passed = differences.length === 0 && checked >= 80;
  assert.deepEqual(differences, [], `subgraph and chain differ:\n${differences.map((d) => `${d.what}: subgraph ${d.subgraph}, chain ${d.chain}`).join('\n')}`);
});
