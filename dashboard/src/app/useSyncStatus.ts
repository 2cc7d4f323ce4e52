import { useQuery } from '@apollo/client/react';

import { SyncStatusDocument } from './syncStatus.generated';

/** Indexed block, its age and indexing errors, polled every 5 s. */
export function useSyncStatus() {
  return useQuery(SyncStatusDocument, { pollInterval: 5_000, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: false });
}
