import { useQuery } from '@apollo/client/react';

import { AuditDocument } from './audit.generated';
import { PROTOCOL_ID } from '../../graphql/ids';

export const AUDIT_PAGE_SIZE = 50;

export function useAudit(block: number | null, before: string | null) {
  return useQuery(AuditDocument, {
    variables: {
      protocolId: PROTOCOL_ID,
      block: block === null ? null : { number: block },
      payments: before ? { paymentId_lt: before } : {},
      first: AUDIT_PAGE_SIZE,
    },
    // A fixed block never changes; the latest one is refreshed. Entities at a past block stay out of the normalised
    // cache, where they would overwrite the latest figures other pages show.
    pollInterval: block === null ? 15_000 : 0,
    fetchPolicy: block === null ? 'cache-first' : 'no-cache',
  });
}
