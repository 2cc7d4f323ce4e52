import { useQuery } from '@apollo/client/react';

import { OverviewDocument, OverviewWeekAgoDocument } from './overview.generated';

/**
 * Polls every 10 s so the live feed and KPIs follow the chain; the week-ago figures are fetched once. Not normalised
 * into Apollo's cache: no other query reads these entities, and normalising the page's 30 KB costs a phone a few
 * hundred milliseconds in one task. A poll that brings the same figures renders nothing (Apollo compares results).
 */
export function useOverview(variables: { protocolId: string; weekAgo: string; currency: string }) {
  const now = useQuery(OverviewDocument, { variables, pollInterval: 10_000, fetchPolicy: 'no-cache' });
  const block = Number(now.data?.weekAgo[0]?.blockNumber ?? 0);
  // Not cached: the same entities at another block would overwrite today's figures in Apollo's normalised cache.
  const then = useQuery(OverviewWeekAgoDocument, { variables: { protocolId: variables.protocolId, block }, skip: block === 0, fetchPolicy: 'no-cache' });
  return { now, then };
}
