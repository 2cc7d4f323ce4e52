import { useQuery } from '@apollo/client/react';

import { graphql } from '../../graphql/generated';

const ModelPageQuery = graphql(`
  query ModelPage($id: ID!, $modelRef: String!, $since: Int!) {
    model(id: $id) {
      id
      name
      category
      tags
      uri
      contentHash
      status
      royaltyBps
      depth
      currentVersion
      registeredAt
      registeredTransaction
      licensesSold
      activeLicenses
      usageUnits
      paymentCount
      curationSignal
      creator {
        id
      }
      owner {
        id
      }
      parent {
        id
        name
      }
      children(first: 100, orderBy: registeredAt) {
        id
        name
      }
      versions(orderBy: version, orderDirection: desc, first: 100) {
        id
        version
        uri
        contentHash
        changelog
        timestamp
      }
      offers(first: 100, orderBy: createdAt) {
        id
        tier
        price
        unitPrice
        duration
        maxSupply
        transferable
        derivativesAllowed
        active
        sold
        currency {
          ...TokenFields
        }
      }
      split {
        recipients
        bps
        timestamp
      }
      revenue {
        id
        cumulativeGross
        cumulativeFees
        cumulativeParentCut
        cumulativeCredited
        cumulativeDerivativeIncome
        token {
          ...TokenFields
        }
      }
      vault {
        id
        name
        symbol
        totalSupply
        holderCount
        holdings(orderBy: balance, orderDirection: desc, first: 50, where: { balance_gt: "0" }) {
          id
          balance
          shareOfSupply
          account {
            id
          }
        }
      }
      proposals(orderBy: createdAt, orderDirection: desc, first: 20) {
        id
        description
        status
        forVotes
        againstVotes
        abstainVotes
        voteStart
        voteEnd
        createdAt
        proposer {
          id
        }
        votes(first: 50) {
          id
          support
          weight
          voter {
            id
          }
        }
      }
      disputes(orderBy: raisedAt, orderDirection: desc, first: 20) {
        id
        subject
        status
        bond
        evidenceURI
        reasonURI
        raisedAt
        resolvedAt
        claimant {
          id
        }
        license {
          id
        }
      }
    }
    licenses(where: { model: $modelRef }, orderBy: purchasedAt, orderDirection: desc, first: 100) {
      id
      tier
      perpetual
      expiresAt
      revoked
      renewals
      usageUnits
      totalPaid
      purchasedAt
      holder {
        id
      }
      currency {
        ...TokenFields
      }
    }
    royaltyPayouts(where: { model: $modelRef }, orderBy: timestamp, orderDirection: desc, first: 50) {
      id
      amount
      shareBps
      fromDerivative
      timestamp
      blockNumber
      transactionHash
      recipient {
        id
      }
      token {
        ...TokenFields
      }
      paidModel {
        id
        name
      }
      payment {
        id
        kind
      }
    }
    modelDailySnapshots(where: { model: $modelRef, day_gte: $since }, orderBy: day, first: 1000) {
      day
      dailyUsageUnits
      dailyLicensesSold
      activeLicenses
    }
    modelTokenDailySnapshots(where: { model: $modelRef, day_gte: $since }, orderBy: day, first: 1000) {
      day
      dailyGross
      token {
        id
      }
    }
  }
`);

export function useModel(id: string, since: number) {
  return useQuery(ModelPageQuery, { variables: { id, modelRef: id, since }, pollInterval: 15_000 });
}
