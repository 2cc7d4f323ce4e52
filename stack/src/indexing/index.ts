// Public face of the stack's indexing helpers: GraphQL queries to a subgraph and the wait until it has indexed a block.
export { waitForIndexedBlock } from './indexingProgress';
export { fetchAll, querySubgraph } from './subgraphQuery';
