import { useQuery } from '@apollo/client/react';

import { PROTOCOL_ID } from '../../graphql/ids';
import { OverviewWeekAgoDocument } from './overview.generated';

/**
 * The protocol's figures at a block about 7 days ago (graph-node time travel), for the 7-day change, once `wanted`
 * and that block is known (0: none); fetched once. Not cached: the same entities at another block would overwrite today's figures
 * in Apollo's normalised cache.
 */
export function useOverviewWeekAgo(block: number, wanted: boolean) {
  return useQuery(OverviewWeekAgoDocument, {
    variables: { protocolId: PROTOCOL_ID, block },
    skip: !wanted || block === 0,
    fetchPolicy: 'no-cache',
  });
}
