/**
 * Where graph-node's index-node status API answers for the subgraph the dashboard reads, or null where there is none
 * to ask. The subgraph's `_meta` tells the last indexed block and its time, but not the chain head: only the index-node
 * knows how far behind the chain the index is.
 *
 * - `setting` (VITE_INDEX_STATUS_URL) given: that URL; empty or `none` turns it off.
 * - Not given: derived for a local graph-node on its default ports only (GraphQL on 8000 of a loopback host, so the
 *   index-node on 8030 of the same host). A hosted subgraph (Subgraph Studio, the Network's gateway) exposes no
 *   index-node, so it gets none, and the status bar says only what `_meta` says.
 * - The subgraph must be addressed by name (`/subgraphs/name/<name>`): the status is asked by that name.
 */
export interface IndexStatusEndpoint {
  url: string;
  subgraphName: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const GRAPH_NODE_HTTP_PORT = '8000';
const GRAPH_NODE_INDEX_NODE_PORT = '8030';

export function indexStatusEndpoint(subgraphUrl: string, setting: string | undefined): IndexStatusEndpoint | null {
  let subgraph: URL;
  try {
    subgraph = new URL(subgraphUrl);
  } catch {
    return null;
  }
  const name = /^\/subgraphs\/name\/(.+?)\/?$/.exec(subgraph.pathname)?.[1];
  if (!name) return null;
  const subgraphName = decodeURIComponent(name);
  if (setting !== undefined) {
    const url = setting.trim();
    return url === '' || url.toLowerCase() === 'none' ? null : { url, subgraphName };
  }
  if (!LOOPBACK.has(subgraph.hostname) || subgraph.port !== GRAPH_NODE_HTTP_PORT) return null;
  return { url: `${subgraph.protocol}//${subgraph.hostname}:${GRAPH_NODE_INDEX_NODE_PORT}/graphql`, subgraphName };
}
