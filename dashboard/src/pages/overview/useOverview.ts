import { useQuery } from '@apollo/client/react';

import { OverviewDocument } from './overview.generated';

/**
 * Polls every 10 s so the live feed and KPIs follow the chain. Not normalised into Apollo's cache: no other query
 * reads these entities, and normalising the result costs a phone a long task. A poll that brings the same figures
 * renders nothing (Apollo compares results).
 */
export function useOverview(variables: { protocolId: string; weekAgo: string; currency: string }) {
  return useQuery(OverviewDocument, { variables, pollInterval: 10_000, fetchPolicy: 'no-cache' });
}
