/**
 * `npm start`: the whole local market on one machine — PostgreSQL, an IPFS endpoint, anvil, the contracts, a
 * simulated market, graph-node indexing it — with progress on the console, then live trading until Ctrl-C.
 * The next start resumes the same chain and index; `--fresh` starts over; `--rpc <url> --network <name>` indexes
 * contracts already deployed elsewhere (addresses from networks.json) without anvil or the simulator.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { buildDashboard } from './builds/dashboardBuild';
import { buildSubgraph } from './builds/subgraphBuild';
import { deployContracts, readDeployment } from './chain/deploy';
import { waitForIndexedBlock } from './indexing/indexingProgress';
import { ANVIL_FIXED_FIELDS, MarketClient } from './market/marketClient';
import type { Anvil } from './processes/anvil';
import { startDashboard } from './processes/dashboard';
import { gndBinary } from './processes/gndBinary';
import { type GraphNode, startGraphNode } from './processes/graphNode';
import { type IpfsNode, startIpfs } from './processes/ipfs';
import { subgraphUrlOf } from './processes/localEndpoints';
import { type RunningPostgres, startPostgres } from './processes/postgres';
import { DEFAULT_MARKET } from './simulator/defaultMarket';
import { startLiveTrading } from './simulator/liveTrading';
import { simulateMarket } from './simulator/simulate';
import { genesisOf, readStackState, type StackState, startLocalChain, writeStackState } from './startup/localChain';
import { assertPortsFree, type StackPorts, stackPorts } from './startup/stackPorts';
import { Supervisor } from './startup/supervisor';

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
const ports = stackPorts(process.env);
const days = Number(args.days);

const log = (message: string) => console.log(`[modelmint] ${message}`);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

const supervisor = new Supervisor(logsDir, log);
// The supervisor stops PostgreSQL itself, last. npm forwards Ctrl-C too, so the signal can arrive twice: the first one
// stops everything.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void supervisor.stopAll(0));

/** The chain the market is on: a local anvil, or the `--rpc` endpoint. */
interface Chain {
  rpcUrl: string;
  anvil?: Anvil;
  genesisTimestamp?: number;
}

async function main() {
  gndBinary();
  const remoteChain = args.rpc !== undefined;
  await assertPortsFree(
    ports,
    (Object.keys(ports) as (keyof StackPorts)[]).filter((name) => !(remoteChain && name === 'anvil')),
  );
  if (args.fresh) {
    rmSync(dataDir, { recursive: true, force: true });
    log('--fresh: previous chain and index removed');
  }
  mkdirSync(logsDir, { recursive: true });
  const previous = readStackState(stateFile);

  const postgres = await startDatabase();
  const ipfs = await startIpfsNode();
  const chain = args.rpc ? { rpcUrl: args.rpc } : await startChain(previous);
  const genesisHash = await genesisOf(chain.rpcUrl);
  if (previous && previous.genesisHash !== genesisHash) {
    log('this chain is not the one the index was built from: rebuilding the index');
    await postgres.exec('DROP DATABASE graph WITH (FORCE)');
    await postgres.createGraphNodeDatabase('graph');
  }
  const simulate = chain.anvil !== undefined && (!previous || previous.genesisHash !== genesisHash || !previous.simulated);
  const market = simulate ? await deploy(chain.rpcUrl) : marketOn(chain);

  // The subgraph builds and graph-node starts while the simulator trades (they need the deployment, not the market),
  // and graph-node then indexes alongside it, so the index is ready soon after the last simulated day. The dashboard
  // builds (only when its sources or the endpoint changed) meanwhile too.
  const graphNodeStart = supervisor.whileStarting(startIndexing(chain, ipfs, postgres));
  const dashboardBuild = buildDashboard(repoRoot, subgraphUrlOf(ports.graphql), `http://127.0.0.1:${ports.indexNode}/graphql`);
  // Awaited below; until then this keeps an early failure from being reported as an unhandled rejection.
  dashboardBuild.catch(() => undefined);
  if (simulate) await simulateAndRecord(market, ipfs, { genesisHash, genesisTimestamp: chain.genesisTimestamp, simulated: true });
  const graphNode = await graphNodeStart;
  const rebuilt = await dashboardBuild;
  if (supervisor.stopping) return;
  const dashboardUrl = await serveDashboard(rebuilt);
  await waitForIndexedBlock(graphNode.subgraphUrl, await market.public.getBlockNumber(), Number.POSITIVE_INFINITY, {
    node: graphNode,
    report: log,
  });
  printReady(dashboardUrl, graphNode, chain, ipfs);
  if (chain.anvil && !args['no-live']) {
    const live = startLiveTrading(market, Number(args.accounts), Number(args.seed));
    supervisor.onStop(() => live.stop());
    log('live trading: a few transactions every few seconds');
  }
}

async function startDatabase(): Promise<RunningPostgres> {
  const postgres = await startPostgres(join(dataDir, 'postgres'), ports.postgres, join(logsDir, 'postgres.log'));
  supervisor.onStop(() => postgres.stop());
  supervisor.supervise(postgres, 'postgres.log');
  await postgres.createGraphNodeDatabase('graph');
  log(`PostgreSQL ready on ${ports.postgres} (${elapsed()})`);
  return postgres;
}

async function startIpfsNode(): Promise<IpfsNode> {
  const ipfs = await startIpfs(join(dataDir, 'ipfs'), ports.ipfs);
  supervisor.onStop(() => ipfs.stop());
  log(`IPFS API ready at ${ipfs.url} (${elapsed()})`);
  return ipfs;
}

async function startChain(previous: StackState | undefined): Promise<Chain> {
  const { anvil, genesisTimestamp } = await startLocalChain({
    port: ports.anvil,
    logFile: join(logsDir, 'anvil.log'),
    chainState: join(dataDir, 'anvil-state.json'),
    accounts: Number(args.accounts) + 1,
    days,
    previous,
    log,
  });
  supervisor.onStop(() => anvil.stop());
  supervisor.supervise(anvil.child, 'anvil.log');
  log(`anvil ready at ${anvil.rpcUrl} (${elapsed()})`);
  return { rpcUrl: anvil.rpcUrl, anvil, genesisTimestamp };
}

async function deploy(rpcUrl: string): Promise<MarketClient> {
  log('deploying the contracts…');
  const market = new MarketClient(rpcUrl, await deployContracts(rpcUrl, 'localhost', 31337), ANVIL_FIXED_FIELDS);
  log(`deployed (${elapsed()})`);
  return market;
}

/** The market already deployed: on anvil from networks.json (a restart), elsewhere from `--network`'s entry. */
function marketOn(chain: Chain): MarketClient {
  if (!chain.anvil) return new MarketClient(chain.rpcUrl, readDeployment(args.network!));
  const recorded = existsSync(join(repoRoot, 'networks.json')) ? readDeployment('localhost') : ({} as ReturnType<typeof readDeployment>);
  return new MarketClient(chain.rpcUrl, recorded, ANVIL_FIXED_FIELDS);
}

/** Builds the subgraph if its inputs changed, then starts graph-node on it under supervision. */
async function startIndexing(chain: Chain, ipfs: IpfsNode, postgres: RunningPostgres): Promise<GraphNode> {
  if (await buildSubgraph(repoRoot)) log(`subgraph built (${elapsed()})`);
  if (supervisor.stopping) throw new Error('stopped before graph-node started');
  const graphNode = await startGraphNode({
    buildDir: join(repoRoot, 'build'),
    deploymentsDir: join(dataDir, 'subgraphs'),
    network: args.network!,
    rpcUrl: chain.rpcUrl,
    ipfsUrl: ipfs.url,
    postgresUrl: postgres.urlOf('graph'),
    ports: { http: ports.graphql, admin: ports.admin, indexNode: ports.indexNode, metrics: ports.metrics },
    logFile: join(logsDir, 'graph-node.log'),
    // A local anvil answers in microseconds: poll it often so a mined transaction shows within a fraction of a second.
    pollingIntervalMs: chain.anvil ? 200 : undefined,
  });
  supervisor.onStop(() => graphNode.stop());
  supervisor.supervise(graphNode.child, 'graph-node.log', [postgres]);
  log(`graph-node serving ${graphNode.subgraphUrl} (${elapsed()})`);
  if (graphNode.exposure) console.warn(`[modelmint] warning: ${graphNode.exposure}`);
  return graphNode;
}

async function simulateAndRecord(market: MarketClient, ipfs: IpfsNode, state: StackState): Promise<void> {
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
  writeStackState(stateFile, state);
}

async function serveDashboard(rebuilt: boolean): Promise<string> {
  const dashboard = await supervisor.whileStarting(
    startDashboard({ repoRoot, port: ports.dashboard, logFile: join(logsDir, 'dashboard.log') }),
  );
  supervisor.onStop(() => dashboard.stop());
  supervisor.supervise(dashboard.child, 'dashboard.log');
  log(`dashboard ${rebuilt ? 'built and ' : ''}serving ${dashboard.url} (${elapsed()})`);
  return dashboard.url;
}

function printReady(dashboardUrl: string, graphNode: GraphNode, chain: Chain, ipfs: IpfsNode): void {
  log(`ready in ${elapsed()}`);
  console.log(`
  Dashboard ${dashboardUrl}
  GraphQL   ${graphNode.subgraphUrl}
  Chain     ${chain.rpcUrl}${chain.anvil ? ' (anvil)' : ''}
  IPFS API  ${ipfs.url}
  Logs      ${logsDir}   ·   Ctrl-C stops everything; the next npm start resumes.
`);
}

main().catch((error: unknown) => supervisor.fail(error));
