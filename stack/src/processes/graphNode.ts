/**
 * graph-node in dev mode (`gnd dev`), indexing the subgraph built in `build/` from one JSON-RPC chain, storing in
 * PostgreSQL and serving GraphQL at /subgraphs/name/subgraph-0.
 */
import { type Child, startChild, waitUntil } from './child';
import { gndBinary } from './gndBinary';

export interface GraphNodeOptions {
  manifest: string;
  network: string;
  rpcUrl: string;
  ipfsUrl: string;
  postgresUrl: string;
  ports: { http: number; admin: number; indexNode: number; metrics: number };
  logFile: string;
}

export interface GraphNode {
  /** GraphQL endpoint of the subgraph. */
  subgraphUrl: string;
  /** graph-node's index-node status endpoint (indexingStatuses). */
  statusUrl: string;
  child: Child;
  stop(): Promise<void>;
}

export async function startGraphNode(options: GraphNodeOptions): Promise<GraphNode> {
  const { ports } = options;
  const args = [
    'dev',
    '--manifests',
    options.manifest,
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
  const env = { ...process.env, GRAPH_LOG: process.env.GRAPH_LOG ?? 'info' };
  const child = startChild('graph-node', gndBinary(), args, options.logFile, env);
  const subgraphUrl = `http://127.0.0.1:${ports.http}/subgraphs/name/subgraph-0`;
  const statusUrl = `http://127.0.0.1:${ports.indexNode}/graphql`;
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
  // graph-node does not stop on SIGTERM or SIGINT; it commits every block batch, so SIGKILL loses nothing.
  return { subgraphUrl, statusUrl, child, stop: () => child.stop('SIGKILL', 0) };
}

