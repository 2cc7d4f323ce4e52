import { useQuery } from '@apollo/client/react';

import { ModelDetailsDocument } from './modelDetails.generated';

/**
 * Skipped until `wanted` (the details are on screen), then polls every 15 s like the page's main
 * query, and like it is not normalised into Apollo's cache.
 */
export function useModelDetails(id: string, since: number, wanted: boolean) {
  return useQuery(ModelDetailsDocument, {
    variables: { id, modelRef: id, since },
    skip: !wanted,
    pollInterval: 15_000,
    fetchPolicy: 'no-cache',
  });
}
