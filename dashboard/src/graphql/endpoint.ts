import { indexStatusEndpoint } from './indexStatusEndpoint';

/**
 * The one setting that chooses the data source: `VITE_SUBGRAPH_URL` at build time (npm start sets it to the local
 * graph-node; vite.config.ts gives the local stack's default otherwise), so the same code reads a hosted subgraph.
 */
export const SUBGRAPH_URL: string = import.meta.env.VITE_SUBGRAPH_URL;

/**
 * Optional: graph-node's index-node status API (`VITE_INDEX_STATUS_URL`, which npm start sets beside the subgraph's),
 * for the chain head the status bar compares the index with. Derived for a local graph-node on its default ports,
 * absent for a hosted subgraph; see indexStatusEndpoint.
 */
export const INDEX_STATUS = indexStatusEndpoint(SUBGRAPH_URL, import.meta.env.VITE_INDEX_STATUS_URL);
