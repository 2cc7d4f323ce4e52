import { useQuery } from '@apollo/client/react';

import { OverviewSeriesDocument } from './overviewSeries.generated';

/** Skipped until `wanted` (the charts are on screen), then polls with the page's figures; not normalised either. */
export function useOverviewSeries(variables: { since: number; currency: string }, wanted: boolean) {
  return useQuery(OverviewSeriesDocument, { variables, skip: !wanted, pollInterval: 10_000, fetchPolicy: 'no-cache' });
}
