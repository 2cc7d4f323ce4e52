import { useQuery } from '@apollo/client/react';

import { EntitlementDocument } from './entitlement.generated';

export function useEntitlement(id: string, block: string) {
  return useQuery(EntitlementDocument, { variables: { id, block }, fetchPolicy: 'no-cache' });
}
