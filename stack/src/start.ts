/**
 * `npm start`: the whole local market on one machine — PostgreSQL, an IPFS endpoint, anvil, the contracts, a
 * simulated market, graph-node indexing it — with progress on the console, then live trading until Ctrl-C.
 * The next start resumes the same chain and index; `--fresh` starts over; `--rpc <url> --network <name>` indexes
 * contracts already deployed elsewhere (addresses from networks.json) without anvil or the simulator.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { createPublicClient, http } from 'viem';

import { deployContracts, readDeployment } from './chain/deploy';
import { ANVIL_FIXED_FIELDS, MarketClient } from './market/marketClient';
import { type Anvil, startAnvil } from './processes/anvil';
import { startDashboard } from './processes/dashboard';
import { buildDashboard } from './builds/dashboardBuild';
import type { Child } from './processes/child';
import { gndBinary } from './processes/gndBinary';
import { type GraphNode, type GraphNodeOptions, startGraphNode, subgraphUrlOf } from './processes/graphNode';
import { type IpfsNode, startIpfs } from './processes/ipfs';
import { portInUse } from './processes/ports';
import { type RunningPostgres, startPostgres } from './processes/postgres';
import { buildSubgraph } from './builds/subgraphBuild';
import { waitForIndexedBlock } from './indexing/indexingProgress';
import { startLiveTrading } from './simulator/liveTrading';
import { simulateMarket } from './simulator/simulate';
import { DEFAULT_MARKET, genesisTimestampFor } from './simulator/defaultMarket';

const repoRoot = resolve(import.meta.dirname, '..', '..');

const { values: args } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: join(repoRoot, '.data') },
    fresh: { type: 'boolean', default: false },
    rpc: { type: 'string' },
    network: { type: 'string', default: 'localhost' },
    days: { type: 'string', default: String(DEFAULT_MARKET.days) },
    models: { type: 'string', default: String(DEFAULT_MARKET.models) },
    accounts: { type: 'string', default: String(DEFAULT_MARKET.accounts) },
    seed: { type: 'string', default: String(DEFAULT_MARKET.seed) },
    'no-live': { type: 'boolean', default: false },
  },
});

const dataDir = resolve(args['data-dir']!);
const logsDir = join(dataDir, 'logs');
const stateFile = join(dataDir, 'stack.json');

const ports = {
  postgres: Number(process.env.POSTGRES_PORT ?? 5434),
  ipfs: Number(process.env.IPFS_PORT ?? 5001),
  anvil: Number(process.env.ANVIL_PORT ?? 8545),
  graphql: Number(process.env.GRAPHQL_PORT ?? 8000),
  admin: Number(process.env.GRAPH_ADMIN_PORT ?? 8020),
  indexNode: Number(process.env.GRAPH_INDEX_PORT ?? 8030),
  metrics: Number(process.env.GRAPH_METRICS_PORT ?? 8040),
  dashboard: Number(process.env.DASHBOARD_PORT ?? 5173),
};

/** What a previous start left: the chain it simulated on, so a restart can tell whether the index still fits. */
interface StackState {
  genesisHash: string;
  /** anvil builds block 0 from its options even when it restores a state file: the same time keeps the same hash. */
  genesisTimestamp?: number;
  simulated: boolean;
}

const log = (message: string) => console.log(`[modelmint] ${message}`);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

const stoppers: (() => Promise<void>)[] = [];
/** Registers how to stop a component just started; one that finished starting while everything stops is stopped now
 * (the dashboard, built while graph-node was killed, was seen outliving npm start). */
function onStop(stop: () => Promise<void>): void {
  if (stopping) void stop().catch(() => undefined);
  else stoppers.push(stop);
}
/** Components still starting in the background (graph-node after its build): stopping waits for them to settle, so
 * that one starting while everything stops is stopped too rather than left running. */
const starting: Promise<unknown>[] = [];
let stopping = false;
async function stopAll(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  // Should a stopper never settle and the event loop empty, Node exits with this code rather than 0.
  process.exitCode = code;
  log('stopping…');
  await Promise.allSettled(starting);
  for (const stop of stoppers.reverse()) await stop().catch(() => undefined);
  process.exit(code);
}
// stopAll stops PostgreSQL itself, last. npm forwards Ctrl-C too, so the signal can arrive twice: the first one stops
// everything.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopAll(0));

/** Stops everything when a component dies on its own, with one line saying which and where its log is. */
function supervise(child: Pick<Child, 'name' | 'exited'>, logName: string) {
  void child.exited.then((code) => {
    if (stopping) return;
    const how = code === null ? 'killed' : `code ${code}`;
    console.error(
      `[modelmint] ${child.name} exited unexpectedly (${how}): see ${join(logsDir, logName)}; stopping the others (npm start again resumes)`,
    );
    void stopAll(1);
  });
}

async function main() {
  gndBinary();
  const needed = args.rpc ? ['postgres', 'ipfs', 'graphql', 'admin', 'indexNode', 'metrics', 'dashboard'] : Object.keys(ports);
  for (const name of needed) {
    const port = ports[name as keyof typeof ports];
    if (await portInUse(port)) {
      throw new Error(`port ${port} (${name}) is in use: stop what listens there, or set ${name.toUpperCase()}_PORT`);
    }
  }
  if (args.fresh) {
    rmSync(dataDir, { recursive: true, force: true });
    log('--fresh: previous chain and index removed');
  }
  mkdirSync(logsDir, { recursive: true });

  const postgres: RunningPostgres = await startPostgres(join(dataDir, 'postgres'), ports.postgres, join(logsDir, 'postgres.log'));
  onStop(() => postgres.stop());
  supervise(postgres, 'postgres.log');
  await postgres.createGraphNodeDatabase('graph');
  log(`PostgreSQL ready on ${ports.postgres} (${elapsed()})`);

  const ipfs: IpfsNode = await startIpfs(join(dataDir, 'ipfs'), ports.ipfs);
  onStop(() => ipfs.stop());
  log(`IPFS API ready at ${ipfs.url} (${elapsed()})`);

  const days = Number(args.days);
  let rpcUrl = args.rpc;
  let anvil: Anvil | undefined;
  const previous: StackState | undefined = existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')) : undefined;
  const chainState = join(dataDir, 'anvil-state.json');
  const startLocalChain = (genesisTimestamp: number) =>
    startAnvil({
      port: ports.anvil,
      logFile: join(logsDir, 'anvil.log'),
      stateFile: chainState,
      accounts: Number(args.accounts) + 1,
      genesisTimestamp,
    });
  const newGenesisTimestamp = () => genesisTimestampFor(days);
  let genesisTimestamp = previous?.genesisTimestamp ?? newGenesisTimestamp();
  if (!rpcUrl) {
    // A chain no finished start recorded (a first start that died midway, or an older format) starts over.
    if (!previous?.genesisTimestamp) rmSync(chainState, { force: true });
    anvil = await startLocalChain(genesisTimestamp);
    if (previous && previous.genesisHash !== (await genesisOf(anvil.rpcUrl))) {
      // Not the chain the index was built from (other --accounts, say): start it over rather than deploy on top of it.
      log('this chain is not the one the index was built from: starting the chain over');
      await anvil.stop();
      rmSync(chainState, { force: true });
      genesisTimestamp = newGenesisTimestamp();
      anvil = await startLocalChain(genesisTimestamp);
    }
    onStop(() => anvil!.stop());
    supervise(anvil.child, 'anvil.log');
    rpcUrl = anvil.rpcUrl;
    log(`anvil ready at ${rpcUrl} (${elapsed()})`);
  }

  const client = new MarketClient(
    rpcUrl,
    anvil ? readDeploymentOrEmpty() : readDeployment(args.network!),
    anvil ? ANVIL_FIXED_FIELDS : undefined,
  );
  const genesisHash = await genesisOf(rpcUrl);
  if (previous && previous.genesisHash !== genesisHash) {
    log('this chain is not the one the index was built from: rebuilding the index');
    await postgres.exec('DROP DATABASE graph WITH (FORCE)');
    await postgres.createGraphNodeDatabase('graph');
  }

  let market = client;
  const fresh = anvil !== undefined && (!previous || previous.genesisHash !== genesisHash || !previous.simulated);
  if (fresh) {
    log('deploying the contracts…');
    market = new MarketClient(rpcUrl, await deployContracts(rpcUrl, 'localhost', 31337), ANVIL_FIXED_FIELDS);
    log(`deployed (${elapsed()})`);
  }
  // The subgraph builds and graph-node starts while the simulator trades (they need the deployment, not the market),
  // and graph-node then indexes alongside it, so the index is ready soon after the last simulated day.
  const graphNodeStart = startIndexing({
    buildDir: join(repoRoot, 'build'),
    deploymentsDir: join(dataDir, 'subgraphs'),
    network: args.network!,
    rpcUrl,
    ipfsUrl: ipfs.url,
    postgresUrl: postgres.urlOf('graph'),
    ports: { http: ports.graphql, admin: ports.admin, indexNode: ports.indexNode, metrics: ports.metrics },
    logFile: join(logsDir, 'graph-node.log'),
    // A local anvil answers in microseconds: poll it often so a mined transaction shows within a fraction of a second.
    pollingIntervalMs: anvil ? 200 : undefined,
  });
  starting.push(graphNodeStart);
  // A failed build or start stops everything at once rather than after the simulation.
  graphNodeStart.catch(fail);
  // The dashboard builds (only when its sources or the endpoint changed) meanwhile too.
  const dashboardBuild = buildDashboard(repoRoot, subgraphUrlOf(ports.graphql), `http://127.0.0.1:${ports.indexNode}/graphql`);
  // Awaited below; until then this keeps an early failure from being reported as an unhandled rejection.
  dashboardBuild.catch(() => undefined);

  if (fresh) {
    log(`simulating ${days} days, ${args.models} models, ${args.accounts} accounts (seed ${args.seed})…`);
    const summary = await simulateMarket(market, ipfs, {
      days,
      models: Number(args.models),
      accounts: Number(args.accounts),
      seed: Number(args.seed),
      onDay: (day, transactions) => {
        if (day % 10 === 0 || day === days) log(`  day ${day}/${days}: ${transactions} transactions (${elapsed()})`);
      },
    });
    log(`market simulated: ${summary.models} models, ${summary.licenses} licences, ${summary.payments} payments (${elapsed()})`);
    writeFileSync(stateFile, JSON.stringify({ genesisHash, genesisTimestamp, simulated: true } satisfies StackState, null, 2));
  }
  const graphNode = await graphNodeStart;
  const rebuilt = await dashboardBuild;
  if (stopping) return;
  const dashboardStart = startDashboard({ repoRoot, port: ports.dashboard, logFile: join(logsDir, 'dashboard.log') });
  starting.push(dashboardStart);
  const dashboard = await dashboardStart;
  onStop(() => dashboard.stop());
  supervise(dashboard.child, 'dashboard.log');
  log(`dashboard ${rebuilt ? 'built and ' : ''}serving ${dashboard.url} (${elapsed()})`);
  await waitForIndexedBlock(graphNode.subgraphUrl, await market.public.getBlockNumber(), Number.POSITIVE_INFINITY, {
    node: graphNode,
    report: log,
  });

  log(`ready in ${elapsed()}`);
  console.log(`
  Dashboard ${dashboard.url}
  GraphQL   ${graphNode.subgraphUrl}
  Chain     ${rpcUrl}${anvil ? ' (anvil)' : ''}
  IPFS API  ${ipfs.url}
  Logs      ${logsDir}   ·   Ctrl-C stops everything; the next npm start resumes.
`);
  if (anvil && !args['no-live']) {
    const live = startLiveTrading(market, Number(args.accounts), Number(args.seed));
    onStop(() => live.stop());
    log('live trading: a few transactions every few seconds');
  }
}

/** Builds the subgraph if its inputs changed, then starts graph-node on it under supervision. */
async function startIndexing(options: GraphNodeOptions): Promise<GraphNode> {
  if (await buildSubgraph(repoRoot)) log(`subgraph built (${elapsed()})`);
  if (stopping) throw new Error('stopped before graph-node started');
  const graphNode = await startGraphNode(options);
  onStop(() => graphNode.stop());
  supervise(graphNode.child, 'graph-node.log');
  log(`graph-node serving ${graphNode.subgraphUrl} (${elapsed()})`);
  if (graphNode.exposure) console.warn(`[modelmint] warning: ${graphNode.exposure}`);
  return graphNode;
}

async function genesisOf(rpcUrl: string): Promise<string> {
  return (await createPublicClient({ transport: http(rpcUrl) }).getBlock({ blockNumber: 0n })).hash;
}

/** On anvil the deployment is read after deploying (first start) or from networks.json (restart). */
function readDeploymentOrEmpty() {
  return existsSync(join(repoRoot, 'networks.json')) ? readDeployment('localhost') : ({} as ReturnType<typeof readDeployment>);
}

async function fail(error: unknown): Promise<void> {
  if (stopping) return;
  console.error(`[modelmint] ${error instanceof Error ? error.message : String(error)}`);
  await stopAll(1);
}

main().catch(fail);
