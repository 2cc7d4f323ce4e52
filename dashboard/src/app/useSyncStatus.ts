import { useQuery } from '@apollo/client/react';

import { graphql } from '../graphql/generated';

const SyncStatusQuery = graphql(`
  query SyncStatus {
    _meta {
      block {
        number
        timestamp
      }
      hasIndexingErrors
      deployment
    }
  }
`);

/** Indexed block, its age and indexing errors, polled every 5 s. */
export function useSyncStatus() {
  return useQuery(SyncStatusQuery, { pollInterval: 5_000, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: false });
}
