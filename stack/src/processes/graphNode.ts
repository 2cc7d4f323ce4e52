/**
 * graph-node in dev mode (`gnd dev`), indexing the subgraph built in `build/` from one JSON-RPC chain, storing in
 * PostgreSQL and serving GraphQL at /subgraphs/name/modelmint. The index resumes across restarts
 * (subgraphDeployment.ts says how).
 */
import { exposureWarning } from '../loopback/exposureWarning';
import { loopbackPreload, withPreload } from '../loopback/loopbackPreload';
import { type Child, startChild, waitUntil } from './child';
import { gndBinary } from './gndBinary';
import { queryLimitsEnv } from './graphNodeQueryLimits';
import { SUBGRAPH_NAME, subgraphUrlOf } from './localEndpoints';
import { deploySubgraph, stageBuild } from './subgraphDeployment';

export interface GraphNodeOptions {
  /** Output of `graph build`. */
  buildDir: string;
  /** Where deployed builds are kept, one directory per build content. */
  deploymentsDir: string;
  network: string;
  rpcUrl: string;
  ipfsUrl: string;
  postgresUrl: string;
  ports: { http: number; admin: number; indexNode: number; metrics: number };
  logFile: string;
  /** How often graph-node asks the chain for new blocks (graph-node's default, 1,000 ms, suits a remote RPC). */
  pollingIntervalMs?: number;
}

export interface GraphNode {
  /** GraphQL endpoint of the subgraph. */
  subgraphUrl: string;
  /** graph-node's index-node status endpoint (indexingStatuses). */
  statusUrl: string;
  /** Prometheus metrics (deployment_head: the block processed). */
  metricsUrl: string;
  /** The deployment's id as graph-node labels it: its manifest path. */
  deployment: string;
  /** Set when graph-node's ports are reachable from other machines: one line saying so and why. */
  exposure?: string;
  child: Child;
  stop(): Promise<void>;
}

export async function startGraphNode(options: GraphNodeOptions): Promise<GraphNode> {
  const { ports } = options;
  const staged = stageBuild(options.buildDir, options.deploymentsDir);
  const args = [
    'dev',
    '--manifests',
    `${staged.idleManifest}:.`,
    '--ethereum-rpc',
    `${options.network}:${options.rpcUrl}`,
    '--ipfs',
    options.ipfsUrl.replace(/^https?:\/\//, ''),
    '--postgres-url',
    options.postgresUrl,
    '--http-port',
    String(ports.http),
    '--admin-port',
    String(ports.admin),
    '--index-node-port',
    String(ports.indexNode),
    '--metrics-port',
    String(ports.metrics),
  ];
  const loopback = await loopbackPreload();
  const env = {
    ...process.env,
    ...('preload' in loopback ? { LD_PRELOAD: withPreload(process.env.LD_PRELOAD, loopback.preload) } : {}),
    ...queryLimitsEnv(process.env),
    GRAPH_LOG: process.env.GRAPH_LOG ?? 'info',
    // With RUST_BACKTRACE=1 in the environment (as on these machines), every error graph-node creates and discards on
    // its normal path captures a backtrace: perf showed half of its CPU unwinding stacks, and indexing ran 2.9x slower.
    // RUST_LIB_BACKTRACE governs only those captures; panics still print theirs under RUST_BACKTRACE.
    RUST_LIB_BACKTRACE: process.env.RUST_LIB_BACKTRACE ?? '0',
    // graph-node's block stream waits for a chain-head notification and otherwise polls only every 30 s: a block mined
    // while it was busy could then stay invisible for 30 s. Poll every second instead; it is one cheap query.
    GRAPH_CHAIN_HEAD_WATCHER_TIMEOUT: process.env.GRAPH_CHAIN_HEAD_WATCHER_TIMEOUT ?? '1',
    ETHEREUM_POLLING_INTERVAL: process.env.ETHEREUM_POLLING_INTERVAL ?? String(options.pollingIntervalMs ?? 1_000),
  };
  const child = startChild('graph-node', gndBinary(), args, options.logFile, env);
  const subgraphUrl = subgraphUrlOf(ports.http);
  const statusUrl = `http://127.0.0.1:${ports.indexNode}/graphql`;
  const adminUrl = `http://127.0.0.1:${ports.admin}`;
  try {
    await waitUntil(
      child,
      `graph-node's admin API at ${adminUrl}`,
      async () => (await fetch(adminUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status > 0,
      120_000,
    );
    await deploySubgraph(adminUrl, SUBGRAPH_NAME, staged.manifest);
    await waitUntil(
      child,
      `serving ${subgraphUrl}`,
      async () => {
        const response = await fetch(subgraphUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ _meta { block { number } } }' }),
        });
        const body = (await response.json()) as { data?: unknown };
        return response.ok && body.data !== undefined;
      },
      120_000,
    );
  } catch (error) {
    // Not left running when it never became ready (its caller has nothing to stop yet).
    await child.stop('SIGKILL', 0);
    throw error;
  }
  // graph-node does not stop on SIGTERM or SIGINT; it commits every block batch, so SIGKILL loses nothing.
  return {
    exposure: exposureWarning(Object.values(ports), 'unavailable' in loopback ? loopback.unavailable : undefined),
    subgraphUrl,
    statusUrl,
    metricsUrl: `http://127.0.0.1:${ports.metrics}/metrics`,
    deployment: staged.manifest,
    child,
    stop: () => child.stop('SIGKILL', 0),
  };
}
