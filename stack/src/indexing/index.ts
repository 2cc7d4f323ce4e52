// Public face of the stack's indexing helpers: GraphQL queries to a subgraph, the wait until it has indexed a block,
// and graph-node's metrics.
export { metricValue } from './graphNodeMetrics';
export { waitForIndexedBlock } from './indexingProgress';
export { fetchAll, querySubgraph } from './subgraphQuery';
