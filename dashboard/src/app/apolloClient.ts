import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

import { SUBGRAPH_URL } from '../graphql/endpoint';

export function createApolloClient(uri = SUBGRAPH_URL) {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      typePolicies: {
        // One marketplace entity and one sync status: always replace, never merge field by field.
        Query: { fields: { _meta: { merge: false } } },
        _Meta_: { keyFields: [] },
        _Block_: { keyFields: false },
        // Keyset pages of the models list are separate cache entries per filter, sort and cursor.
        Model: { keyFields: ['id'] },
      },
    }),
  });
}
