import { useQuery } from '@apollo/client/react';

import { ModelPageDocument } from './model.generated';

export function useModel(id: string, since: number) {
  return useQuery(ModelPageDocument, { variables: { id, modelRef: id, since }, pollInterval: 15_000 });
}
