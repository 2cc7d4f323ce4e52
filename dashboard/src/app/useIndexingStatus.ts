import { useQuery } from '@apollo/client/react';

import { INDEX_STATUS } from '../graphql/endpoint';
import { IndexingStatusDocument } from './indexingStatus.indexNode.generated';

/**
 * graph-node's status of the subgraph (chain head, latest indexed block, health) from its index-node endpoint, polled
 * every 5 s beside `_meta`; skipped where there is no such endpoint (a hosted subgraph). The same Apollo client sends
 * it to the other URI (graph-node answers CORS on its index-node port as on its GraphQL port).
 */
export function useIndexingStatus() {
  return useQuery(IndexingStatusDocument, {
    variables: { subgraphName: INDEX_STATUS?.subgraphName ?? '' },
    skip: !INDEX_STATUS,
    context: { uri: INDEX_STATUS?.url },
    pollInterval: 5_000,
    fetchPolicy: 'no-cache',
    notifyOnNetworkStatusChange: false,
  });
}
