/**
 * The one setting that chooses the data source: `VITE_SUBGRAPH_URL` at build time (npm start sets it to the local
 * graph-node), so the same code reads a hosted subgraph.
 */
export const SUBGRAPH_URL: string = import.meta.env.VITE_SUBGRAPH_URL ?? 'http://127.0.0.1:8000/subgraphs/name/modelmint';
