import { useQuery } from '@apollo/client/react';

import { graphql } from '../../graphql/generated';

const CreatorPageQuery = graphql(`
  query CreatorPage($account: ID!, $accountRef: String!, $since: Int!) {
    account(id: $account) {
      id
      modelsCreated
      createdModels(first: 100, orderBy: registeredAt) {
        id
        name
        licensesSold
        revenue {
          id
          cumulativeGross
          token {
            ...TokenFields
          }
        }
      }
      balances {
        id
        earned
        withdrawn
        pending
        lastCreditAt
        token {
          ...TokenFields
        }
      }
    }
    accountModelDailySnapshots(where: { account: $accountRef, day_gte: $since }, orderBy: day, first: 1000) {
      day
      dailyCredited
      token {
        id
      }
      model {
        id
        name
      }
    }
    royaltyPayouts(where: { recipient: $accountRef }, orderBy: timestamp, orderDirection: desc, first: 100) {
      id
      amount
      shareBps
      fromDerivative
      timestamp
      blockNumber
      transactionHash
      token {
        ...TokenFields
      }
      model {
        id
        name
      }
      payment {
        id
        kind
      }
    }
  }
`);

export function useCreator(address: string, since: number) {
  return useQuery(CreatorPageQuery, { variables: { account: address, accountRef: address, since }, pollInterval: 15_000 });
}
