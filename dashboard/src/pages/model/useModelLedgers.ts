import { useQuery } from '@apollo/client/react';

import { ModelLedgersDocument } from './modelLedgers.generated';

/**
 * Polls every 15 s, like the page's main query, and like it is not normalised into Apollo's cache. Asked for once the
 * page's figures are shown (the ledgers are below the fold), so the figures arrive without waiting for these bytes.
 */
export function useModelLedgers(id: string) {
  return useQuery(ModelLedgersDocument, { variables: { modelRef: id }, pollInterval: 15_000, fetchPolicy: 'no-cache' });
}
