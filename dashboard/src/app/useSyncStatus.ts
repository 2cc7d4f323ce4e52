import { useQuery } from '@apollo/client/react';

import { SyncStatusDocument } from './syncStatus.generated';

/** The indexed block (the one every page shows), its time and indexing errors, polled every 5 s. */
export function useSyncStatus() {
  return useQuery(SyncStatusDocument, { pollInterval: 5_000, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: false });
}
