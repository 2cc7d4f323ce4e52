// Public face of the stack's processes: the programs `npm start` runs (anvil, PostgreSQL, IPFS, graph-node) and free ports.
export { startAnvil, type Anvil } from './anvil';
export { startChild } from './child';
export { gndBinary } from './gndBinary';
export { startGraphNode } from './graphNode';
export { startIpfs, type IpfsNode } from './ipfs';
export { freePort } from './ports';
export { startPostgres, type TableActivity } from './postgres';
