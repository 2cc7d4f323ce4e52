import { useQuery } from '@apollo/client/react';

import { CreatorPageDocument } from './creator.generated';

export function useCreator(address: string, since: number) {
  return useQuery(CreatorPageDocument, { variables: { account: address, accountRef: address, since }, pollInterval: 15_000 });
}
