/**
 * Where the local stack listens: each port `npm start` opens, the variable that moves it and its default, and the
 * URL graph-node serves the subgraph at. No imports, so that the dashboard's Vite config can read its default endpoint
 * from here without loading the stack.
 */
export const STACK_PORTS = {
  postgres: ['POSTGRES_PORT', 5434],
  ipfs: ['IPFS_PORT', 5001],
  anvil: ['ANVIL_PORT', 8545],
  graphql: ['GRAPHQL_PORT', 8000],
  admin: ['GRAPH_ADMIN_PORT', 8020],
  indexNode: ['GRAPH_INDEX_PORT', 8030],
  metrics: ['GRAPH_METRICS_PORT', 8040],
  dashboard: ['DASHBOARD_PORT', 5173],
} as const;

/** The name the subgraph is deployed under. */
export const SUBGRAPH_NAME = 'modelmint';

/** Where graph-node serves the subgraph's GraphQL API when its HTTP server listens on `httpPort`. */
export function subgraphUrlOf(httpPort: number): string {
  return `http://127.0.0.1:${httpPort}/subgraphs/name/${SUBGRAPH_NAME}`;
}

/** The subgraph's URL on a local stack started with the default ports. */
export const LOCAL_SUBGRAPH_URL = subgraphUrlOf(STACK_PORTS.graphql[1]);
