// Public face of the stack's builds: the content hash that keys a build by its inputs, and the subgraph's build.
export { contentHash } from './contentHash';
export { buildSubgraph } from './subgraphBuild';
