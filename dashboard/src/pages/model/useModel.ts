import { useQuery } from '@apollo/client/react';

import { ModelPageDocument } from './model.generated';

/**
 * Polls every 15 s. Not normalised into Apollo's cache: no other query reads these entities, and normalising a result
 * of tens of kilobytes costs a phone a few hundred milliseconds in one task. A poll that brings the same figures
 * renders nothing (Apollo compares results).
 */
export function useModel(id: string, since: number) {
  return useQuery(ModelPageDocument, { variables: { id, modelRef: id, since }, pollInterval: 15_000, fetchPolicy: 'no-cache' });
}
