import { useQuery } from '@apollo/client/react';

import { graphql } from '../../graphql/generated';

graphql(`
  fragment LineageModel on Model {
    id
    royaltyBps
    creator {
      id
    }
    splits(where: { blockNumber_lte: $block }, orderBy: blockNumber, orderDirection: desc, first: 1) {
      recipients
      bps
    }
  }
`);

/**
 * One payment with its payouts and its model's lineage (up to the registry's MAX_DEPTH of 8 ancestors, spelled out
 * because GraphQL selections cannot recurse), each with the split in force at the payment's block.
 */
const EntitlementQuery = graphql(`
  query Entitlement($id: ID!, $block: BigInt!) {
    payment(id: $id) {
      id
      gross
      fee
      blockNumber
      payouts(first: 100) {
        id
        amount
        recipient {
          id
        }
        model {
          id
        }
      }
      model {
        ...LineageModel
        parent {
          ...LineageModel
          parent {
            ...LineageModel
            parent {
              ...LineageModel
              parent {
                ...LineageModel
                parent {
                  ...LineageModel
                  parent {
                    ...LineageModel
                    parent {
                      ...LineageModel
                      parent {
                        ...LineageModel
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

export function useEntitlement(id: string, block: string) {
  return useQuery(EntitlementQuery, { variables: { id, block }, fetchPolicy: 'no-cache' });
}
