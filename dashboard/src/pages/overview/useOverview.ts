import { useQuery } from '@apollo/client/react';

import { graphql } from '../../graphql/generated';

const OverviewQuery = graphql(`
  query Overview($protocolId: ID!, $since: Int!, $weekAgo: BigInt!, $currency: String!) {
    protocol(id: $protocolId) {
      ...ProtocolKpis
    }
    tokens(orderBy: symbol) {
      ...TokenFields
      cumulativeRevenue
    }
    protocolDailySnapshots(where: { day_gte: $since }, orderBy: day, first: 1000) {
      day
      dailyLicensesSold
      dailyUsageUnits
      activeLicenses
    }
    protocolTokenDailySnapshots(where: { day_gte: $since, token: $currency }, orderBy: day, first: 1000) {
      day
      dailyRevenueByTier
    }
    topModels: modelRevenues(where: { token: $currency }, orderBy: cumulativeGross, orderDirection: desc, first: 10) {
      id
      cumulativeGross
      cumulativeCredited
      token {
        ...TokenFields
      }
      model {
        id
        name
        category
        licensesSold
        usageUnits
      }
    }
    latestPayments: payments(orderBy: timestamp, orderDirection: desc, first: 10) {
      ...PaymentRow
    }
    weekAgo: payments(where: { timestamp_lte: $weekAgo }, orderBy: timestamp, orderDirection: desc, first: 1) {
      blockNumber
    }
  }
`);

graphql(`
  fragment ProtocolKpis on Protocol {
    id
    modelCount
    creatorCount
    holderCount
    licenseCount
    activeLicenses
    cumulativeUsageUnits
    paymentCount
  }
`);

/** The same figures as they were at a block about 7 days ago (graph-node time travel), for the 7-day change. */
const OverviewWeekAgoQuery = graphql(`
  query OverviewWeekAgo($protocolId: ID!, $block: Int!) {
    protocol(id: $protocolId, block: { number: $block }) {
      ...ProtocolKpis
    }
    tokens(block: { number: $block }) {
      id
      cumulativeRevenue
    }
  }
`);

/** Polls every 10 s so the live feed and KPIs follow the chain; the week-ago figures are fetched once. */
export function useOverview(variables: { protocolId: string; since: number; weekAgo: string; currency: string }) {
  const now = useQuery(OverviewQuery, { variables, pollInterval: 10_000 });
  const block = Number(now.data?.weekAgo[0]?.blockNumber ?? 0);
  // Not cached: the same entities at another block would overwrite today's figures in Apollo's normalised cache.
  const then = useQuery(OverviewWeekAgoQuery, { variables: { protocolId: variables.protocolId, block }, skip: block === 0, fetchPolicy: 'no-cache' });
  return { now, then };
}
