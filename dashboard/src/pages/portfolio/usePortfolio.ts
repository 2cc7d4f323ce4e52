import { useQuery } from '@apollo/client/react';

import { graphql } from '../../graphql/generated';

const PortfolioQuery = graphql(`
  query Portfolio($account: ID!) {
    account(id: $account) {
      id
      holdings(where: { balance_gt: "0" }, first: 100) {
        id
        balance
        shareOfSupply
        vault {
          id
          symbol
          totalSupply
          holderCount
          model {
            id
            name
          }
          revenue {
            id
            cumulativeRevenue
            revenuePerShare
            token {
              ...TokenFields
            }
          }
        }
        revenue {
          id
          owed
          settledRevenuePerShare
          claimed
          token {
            id
          }
        }
      }
    }
  }
`);

/** Revenue events of the held vaults: the yield-per-share history, fetched once the vaults are known. */
const VaultYieldQuery = graphql(`
  query VaultYield($vaults: [String!]!) {
    vaultRevenues(where: { vault_in: $vaults }, orderBy: timestamp, first: 1000) {
      id
      timestamp
      revenuePerShare
      vault {
        id
      }
      token {
        id
      }
    }
  }
`);

export function usePortfolio(address: string) {
  const portfolio = useQuery(PortfolioQuery, { variables: { account: address }, pollInterval: 15_000 });
  const vaults = portfolio.data?.account?.holdings.map((h) => h.vault.id) ?? [];
  const yieldHistory = useQuery(VaultYieldQuery, { variables: { vaults }, skip: vaults.length === 0 });
  return { portfolio, yieldHistory };
}
